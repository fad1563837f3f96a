package vn.gov.khcn.radiation;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.identity.AccessPolicy;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.radiation.RadiationCommands.XrayJobCommand;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.NotFoundException;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.VietnameseText;

/**
 * The application centre's X-ray service jobs (unit CENTRE), recorded against the radiation register's
 * facilities and devices: machine verifications and room radiation checks.
 */
@Service
public class XrayServices {
    public static final Unit OWNER = Unit.CENTRE;
    private static final String JOB = """
            select j.id, j.kind, j.facility_id, o.name as facility_name, j.device_id, d.serial as device_serial, j.room,
                   j.performed_on, j.result, j.certificate_no, j.unit, j.version
            from xray_job j join radiation_facility f on f.id = j.facility_id join organisation o on o.id = f.organisation_id
            left join xray_device d on d.id = j.device_id""";
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Radiation radiation;

    XrayServices(JdbcClient jdbc, AuditTrail audit, Radiation radiation) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.radiation = radiation;
    }

    public List<XrayJob> jobs() {
        return jdbc.sql(JOB + " order by j.performed_on desc, j.id desc").query(XrayJob.class).list();
    }

    public XrayJob job(long id) {
        return jdbc.sql(JOB + " where j.id = :id").param("id", id).query(XrayJob.class).optional()
                .orElseThrow(() -> new NotFoundException("công việc dịch vụ X-quang", id));
    }

    /**
     * The job of that kind at the facility (organisation name) on the day, for the machine (serial) or the room: a
     * job's identity.
     */
    public java.util.Optional<XrayJob> find(XrayJobKind kind, String facilityName, String deviceSerial, String room,
                                            java.time.LocalDate performedOn) {
        boolean machine = kind == XrayJobKind.MACHINE_VERIFICATION;
        return jdbc.sql(JOB + " where j.kind = :k and o.name = :n and j.performed_on = :on and "
                        + (machine ? "d.serial = :x" : "j.room = :x"))
                .param("k", kind.name()).param("n", VietnameseText.clean(facilityName)).param("on", performedOn)
                .param("x", VietnameseText.clean(machine ? deviceSerial : room)).query(XrayJob.class).optional();
    }

    @Transactional
    public XrayJob record(XrayJobCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), OWNER);
        if (c.kind() == null) {
            throw new DomainException("kind", "Cần chọn loại công việc (kiểm định máy hoặc kiểm xạ phòng X-quang).");
        }
        RadiationFacility f = radiation.facilityOf(c.facilityId());
        Long deviceId = null;
        String room = Radiation.text("room", "tên phòng X-quang", c.room(), 200, c.kind() == XrayJobKind.ROOM_CHECK);
        if (c.kind() == XrayJobKind.MACHINE_VERIFICATION) {
            if (c.deviceId() == null) {
                throw new DomainException("deviceId", "Kiểm định máy X-quang: cần chọn máy.");
            }
            XrayDevice d = radiation.device(c.deviceId());
            if (d.facilityId() != f.id()) {
                throw new DomainException("deviceId", "Máy " + d.serial() + " không thuộc cơ sở " + f.name() + ".");
            }
            deviceId = d.id();
        }
        if (!"PASS".equals(c.result()) && !"FAIL".equals(c.result())) {
            throw new DomainException("result", "Cần chọn kết quả: đạt (PASS) hoặc không đạt (FAIL).");
        }
        java.time.LocalDate on = Radiation.date("performedOn", "ngày thực hiện", c.performedOn());
        boolean machine = deviceId != null;
        if (jdbc.sql("select count(*) from xray_job where kind = :k and facility_id = :f and performed_on = :on and "
                        + (machine ? "device_id = :x" : "room = :x"))
                .param("k", c.kind().name()).param("f", f.id()).param("on", on).param("x", machine ? deviceId : room)
                .query(Long.class).single() > 0) {
            throw new DomainException("performedOn", c.kind().label() + " (" + (machine ? "máy " + radiation.device(deviceId).serial()
                    : room) + ") tại " + f.name() + " ngày " + vn.gov.khcn.shared.Formats.date(on) + " đã có trong sổ.");
        }
        long id = Radiation.insert(jdbc.sql("""
                insert into xray_job(kind, facility_id, device_id, room, performed_on, result, certificate_no, unit)
                values (:k, :f, :d, :r, :on, :res, :c, :u)""")
                .param("k", c.kind().name()).param("f", f.id()).param("d", deviceId).param("r", room)
                .param("on", on).param("res", c.result())
                .param("c", Radiation.text("certificateNo", "số chứng nhận", c.certificateNo(), 60, false)).param("u", OWNER.name()));
        XrayJob saved = job(id);
        audit.record("xray-job", id, "CREATE", null, saved);
        return saved;
    }
}
