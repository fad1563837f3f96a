package vn.gov.khcn.radiation;

import java.util.List;
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
import vn.gov.khcn.shared.VietnameseText;

/** The register of X-ray machines of the radiation facilities, one per serial number. */
@Service
public class XrayDevices extends RecordFacade<XrayDevice> {
    static final RecordType<XrayDevice> DEVICE = RecordType.of("xray-device", "thiết bị X-quang", "xray_device",
            RadiationFacilities.OWNER, RecordType.undated(), XrayDevice::serial);
    private final RadiationFacilities facilities;

    XrayDevices(JdbcClient jdbc, RadiationFacilities facilities, RecordWrites writes) {
        super(writes, DEVICE, new RecordTable<>(jdbc, XrayDevice.class, "thiết bị X-quang", "d.id",
                "d.id, d.facility_id, o.name as facility_name, d.serial, d.model, d.location, d.unit, d.version", """
                xray_device d join radiation_facility f on f.id = d.facility_id join organisation o on o.id = f.organisation_id"""));
        this.facilities = facilities;
    }

    public Optional<XrayDevice> find(long id) {
        return table.one("d.id = :id", RecordSql.params("id", id));
    }

    public PageResult<XrayDevice> search(DeviceQuery q, int page, int size) {
        return table.page("(cast(:f as bigint) is null or d.facility_id = :f) and (cast(:q as varchar) is null or lower(d.serial) like :q)",
                RecordSql.params("f", q.facilityId(), "q", RecordSql.like(q.q())), "o.name_folded, d.serial", page, size);
    }

    /** Every machine, by facility and serial: what the X-ray job form chooses from. */
    public List<XrayDevice> all() {
        return table.all("o.name_folded, d.serial");
    }

    /** The machine with serial number {@code serial}, unique in the register. */
    public Optional<XrayDevice> findBySerial(String serial) {
        return table.one("d.serial = :s", RecordSql.params("s", VietnameseText.clean(serial)));
    }

    /** The machine of serial {@code serial}, or a Vietnamese error for {@code field} saying it is not in the register yet. */
    public XrayDevice requireBySerial(String serial, String field) {
        return findBySerial(serial).orElseThrow(() -> new DomainException(field, "Máy X-quang số sê-ri \"" + serial
                + "\" chưa có trong sổ thiết bị X-quang: thêm máy (hoặc nhập tệp mẫu Thiết bị X-quang) trước."));
    }

    /**
     * Holds the machine for a job whose rule reads it (the machine belongs to the job's facility): a concurrent change
     * of the machine waits until the job is written. Empty when there is no such machine.
     */
    public Optional<XrayDevice> hold(long id) {
        return find(id).map(d -> register.hold(id));
    }

    @Transactional
    public XrayDevice record(DeviceCommand c) {
        return insertRecord(RadiationFacilities.OWNER, null, "cùng số sê-ri", """
                insert into xray_device(facility_id, serial, model, location) values (:facilityId, :serial, :model, :location)""", () -> validate(c, null));
    }

    @Transactional
    public XrayDevice correct(long id, DeviceCommand c) {
        return updateRecord(id, c.version(), null, """
                update xray_device set facility_id = :facilityId, serial = :serial, model = :model, location = :location
                where id = :id""", () -> validate(c, id));
    }

    /** A machine as the register stores it. */
    private record Valid(long facilityId, String serial, String model, String location) {
    }

    private Valid validate(DeviceCommand c, Long id) {
        RadiationFacility f = facilities.require("facilityId", c.facilityId());
        String serial = Check.text("serial", "số sê-ri của máy", c.serial(), 60);
        findBySerial(serial).filter(d -> id == null || d.id() != id).ifPresent(d -> {
            throw new DomainException("serial", "Máy có số sê-ri " + serial + " đã có trong sổ (" + d.facilityName() + ").");
        });
        return new Valid(f.id(), serial, Check.optionalText("model", "kiểu máy", c.model(), 200),
                Check.optionalText("location", "vị trí đặt máy", c.location(), 300));
    }
}
