package vn.gov.khcn.radiation;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.records.RecordFacade;
import vn.gov.khcn.records.RecordType;
import vn.gov.khcn.records.RecordWrites;
import vn.gov.khcn.shared.Check;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.RecordTable;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.VietnameseText;

/**
 * The application centre's X-ray service jobs (unit CENTRE), recorded against the radiation register's facilities
 * and machines: machine verifications and room radiation checks. One job per kind, facility, machine (or room) and
 * day; the key has a part that is empty (the room of a machine, the machine of a room), so the register's turn, not
 * an index, keeps it unique.
 */
@Service
public class XrayServices extends RecordFacade<XrayJob> {
    public static final Unit OWNER = Unit.keeping("xray", "dịch vụ X-quang", Unit.CENTRE);
    static final RecordType<XrayJob> JOB = RecordType.of("xray-job", "công việc dịch vụ X-quang", "xray_job", OWNER,
            XrayJob::reportDates, XrayJob::label);
    private static final String SAME = "cùng công việc, cơ sở, máy (kiểm định máy) hoặc phòng (kiểm xạ phòng) và ngày thực hiện";
    private final RadiationFacilities facilities;
    private final XrayDevices devices;

    XrayServices(JdbcClient jdbc, RadiationFacilities facilities, XrayDevices devices, RecordWrites writes) {
        super(writes, JOB, new RecordTable<>(jdbc, XrayJob.class, "công việc dịch vụ X-quang", "j.id", """
                j.id, j.kind, j.facility_id, o.name as facility_name, j.device_id, d.serial as device_serial, j.room,
                j.performed_on, j.result, j.certificate_no, j.unit, j.version""", """
                xray_job j join radiation_facility f on f.id = j.facility_id join organisation o on o.id = f.organisation_id
                left join xray_device d on d.id = j.device_id"""));
        this.facilities = facilities;
        this.devices = devices;
    }

    /** Jobs, latest first. */
    public PageResult<XrayJob> search(XrayJobQuery q, int page, int size) {
        return table.page(
                "(cast(:k as varchar) is null or j.kind = :k) and (cast(:y as integer) is null or extract(year from j.performed_on) = :y)",
                RecordSql.params("k", q.kind(), "y", q.year()), "j.performed_on desc, j.id desc", page, size);
    }

    /**
     * The job of that kind at the facility (organisation name) on the day, for the machine (serial) or the room: a
     * job's identity.
     */
    public Optional<XrayJob> find(XrayJobKind kind, String facilityName, String deviceSerial, String room, LocalDate performedOn) {
        return table.first("j.kind = :k and o.name = :n and j.performed_on = :on and " + (kind.onMachine() ? "d.serial = :x" : "j.room = :x"),
                RecordSql.params("k", kind.name(), "n", VietnameseText.clean(facilityName), "on", performedOn,
                        "x", VietnameseText.clean(kind.onMachine() ? deviceSerial : room)));
    }

    @Transactional
    public XrayJob record(XrayJobCommand c) {
        holdMachine(c);
        return register.add(OWNER, c.reason(), SAME, () -> table.insert("""
                insert into xray_job(kind, facility_id, device_id, room, performed_on, result, certificate_no)
                values (:kind, :facilityId, :deviceId, :room, :performedOn, :result, :certificateNo)""", validate(c, null)));
    }

    @Transactional
    public XrayJob correct(long id, XrayJobCommand c) {
        holdMachine(c);
        return register.change(id, c.version(), c.reason(), before -> table.update("""
                update xray_job set kind = :kind, facility_id = :facilityId, device_id = :deviceId, room = :room,
                       performed_on = :performedOn, result = :result, certificate_no = :certificateNo where id = :id""", id, validate(c, id)));
    }

    /** A verification reads its machine (which facility it is at): the machine is held before the job is written. */
    private void holdMachine(XrayJobCommand c) {
        register.requireEdit(OWNER);
        if (c.kind() != null && c.kind().onMachine() && c.deviceId() != null) {
            devices.hold(c.deviceId());
        }
    }

    /** A job as the register stores it: a machine verification has no room, a room check no machine. */
    private record Valid(XrayJobKind kind, long facilityId, Long deviceId, String room, LocalDate performedOn, XrayResult result,
                         String certificateNo) {
    }

    private Valid validate(XrayJobCommand c, Long id) {
        XrayJobKind kind = Check.chosen("kind", "loại công việc (kiểm định máy hoặc kiểm xạ phòng X-quang)", c.kind());
        RadiationFacility f = facilities.require("facilityId", c.facilityId());
        XrayDevice device = null;
        String room = null;
        if (kind.onMachine()) {
            Long deviceId = Check.chosen("deviceId", "máy X-quang được kiểm định", c.deviceId());
            device = devices.find(deviceId).orElseThrow(() -> new DomainException("deviceId", "Không có máy X-quang mã " + deviceId + "."));
            if (device.facilityId() != f.id()) {
                throw new DomainException("deviceId", "Máy " + device.serial() + " không thuộc cơ sở " + f.name() + ".");
            }
        } else {
            room = Check.text("room", "tên phòng X-quang", c.room(), 200);
        }
        LocalDate on = Check.date("performedOn", "ngày thực hiện", c.performedOn());
        XrayResult result = Check.chosen("result", "kết quả (đạt hoặc không đạt)", c.result());
        find(kind, f.name(), device == null ? null : device.serial(), room, on).filter(j -> id == null || j.id() != id).ifPresent(j -> {
            throw new DomainException("performedOn", j.label() + " đã có trong sổ.");
        });
        return new Valid(kind, f.id(), device == null ? null : device.id(), room, on, result,
                Check.optionalText("certificateNo", "số chứng nhận", c.certificateNo(), 60));
    }
}
