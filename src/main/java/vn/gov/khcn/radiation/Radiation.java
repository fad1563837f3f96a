package vn.gov.khcn.radiation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.identity.AccessPolicy;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.organisations.Organisation;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.radiation.RadiationCommands.DeviceCommand;
import vn.gov.khcn.radiation.RadiationCommands.DossierCommand;
import vn.gov.khcn.radiation.RadiationCommands.FacilityCommand;
import vn.gov.khcn.radiation.RadiationCommands.InspectionCommand;
import vn.gov.khcn.radiation.RadiationCommands.LicenceCommand;
import vn.gov.khcn.records.PeriodLocks;
import vn.gov.khcn.shared.ConcurrentEditException;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.NotFoundException;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.VietnameseText;

/** Radiation safety, kept by the technology & IP department: facilities, devices, licences, dossiers, inspections. */
@Service
public class Radiation {
    public static final Unit OWNER = Unit.TECHNOLOGY;
    static final String FACILITY = """
            select f.id, f.organisation_id, o.name, f.address, f.district, f.unit, f.version
            from radiation_facility f join organisation o on o.id = f.organisation_id
            """;
    static final String DEVICE = """
            select d.id, d.facility_id, o.name as facility_name, d.serial, d.model, d.location, d.unit, d.version
            from xray_device d join radiation_facility f on f.id = d.facility_id join organisation o on o.id = f.organisation_id
            """;
    private static final String LICENCE = """
            select l.id, l.facility_id, o.name as facility_name, l.number, l.issued_on, l.expires_on, l.scope, l.unit, l.version
            from radiation_licence l join radiation_facility f on f.id = l.facility_id join organisation o on o.id = f.organisation_id
            """;
    private static final String DOSSIER = """
            select d.id, d.facility_id, o.name as facility_name, d.subject, d.received_on, d.resolved_on, d.outcome, d.days_taken,
                   d.unit, d.version
            from radiation_dossier d join radiation_facility f on f.id = d.facility_id join organisation o on o.id = f.organisation_id
            """;
    private static final String INSPECTION = """
            select i.id, i.facility_id, o.name as facility_name, i.district, i.inspected_on, i.findings, i.unit, i.version
            from radiation_inspection i join radiation_facility f on f.id = i.facility_id join organisation o on o.id = f.organisation_id
            """;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Organisations organisations;
    private final PeriodLocks locks;
    private final Clock clock;

    Radiation(JdbcClient jdbc, AuditTrail audit, Organisations organisations, PeriodLocks locks, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.organisations = organisations;
        this.locks = locks;
        this.clock = clock;
    }

    // --- facilities and devices

    public List<RadiationFacility> facilities() {
        return jdbc.sql(FACILITY + " order by o.name_folded").query(RadiationFacility.class).list();
    }

    public RadiationFacility facility(long id) {
        return jdbc.sql(FACILITY + " where f.id = :id").param("id", id).query(RadiationFacility.class).optional()
                .orElseThrow(() -> new NotFoundException("cơ sở bức xạ", id));
    }

    /** The facility of the organisation named exactly {@code name} (the facility's identity in spreadsheets). */
    public java.util.Optional<RadiationFacility> findFacility(String name) {
        return jdbc.sql(FACILITY + " where o.name = :n").param("n", VietnameseText.clean(name)).query(RadiationFacility.class).optional();
    }

    @Transactional
    public RadiationFacility registerFacility(FacilityCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), OWNER);
        if (c.organisationId() == null) {
            throw new DomainException("organisationId", "Cần chọn tổ chức của cơ sở bức xạ trong danh mục tổ chức.");
        }
        Organisation o = organisations.find(c.organisationId()).orElseThrow(() ->
                new DomainException("organisationId", "Không có tổ chức mã " + c.organisationId() + " trong danh mục."));
        if (count("select count(*) from radiation_facility where organisation_id = :x", o.id()) > 0) {
            throw new DomainException("organisationId", o.name() + " đã có trong danh sách cơ sở bức xạ.");
        }
        String district = text("district", "huyện/thành phố", c.district() == null || c.district().isBlank() ? o.district() : c.district(), 100, true);
        long id = insert(jdbc.sql("insert into radiation_facility(organisation_id, address, district, unit) values (:o, :a, :d, :u)")
                .param("o", o.id()).param("a", text("address", "địa chỉ", c.address(), 500, false)).param("d", district)
                .param("u", OWNER.name()));
        RadiationFacility saved = facility(id);
        audit.record("radiation-facility", id, "CREATE", null, saved);
        return saved;
    }

    public List<XrayDevice> devices() {
        return jdbc.sql(DEVICE + " order by o.name_folded, d.serial").query(XrayDevice.class).list();
    }

    public XrayDevice device(long id) {
        return jdbc.sql(DEVICE + " where d.id = :id").param("id", id).query(XrayDevice.class).optional()
                .orElseThrow(() -> new NotFoundException("thiết bị X-quang", id));
    }

    /** The device with serial number {@code serial}, unique in the register. */
    public java.util.Optional<XrayDevice> findDevice(String serial) {
        return jdbc.sql(DEVICE + " where d.serial = :s").param("s", VietnameseText.clean(serial)).query(XrayDevice.class).optional();
    }

    @Transactional
    public XrayDevice registerDevice(DeviceCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), OWNER);
        RadiationFacility f = facilityOf(c.facilityId());
        String serial = text("serial", "số sê-ri của máy", c.serial(), 60, true);
        if (count("select count(*) from xray_device where serial = :x", serial) > 0) {
            throw new DomainException("serial", "Máy có số sê-ri " + serial + " đã có trong sổ.");
        }
        long id = insert(jdbc.sql("insert into xray_device(facility_id, serial, model, location, unit) values (:f, :s, :m, :l, :u)")
                .param("f", f.id()).param("s", serial).param("m", text("model", "kiểu máy", c.model(), 200, false))
                .param("l", text("location", "vị trí đặt máy", c.location(), 300, false)).param("u", OWNER.name()));
        XrayDevice saved = device(id);
        audit.record("xray-device", id, "CREATE", null, saved);
        return saved;
    }

    // --- licences

    public List<Licence> licences() {
        return jdbc.sql(LICENCE + " order by l.expires_on, l.id").query(Licence.class).list();
    }

    public Licence licence(long id) {
        return jdbc.sql(LICENCE + " where l.id = :id").param("id", id).query(Licence.class).optional()
                .orElseThrow(() -> new NotFoundException("giấy phép", id));
    }

    /** The licence numbered {@code number}, unique in the register. */
    public java.util.Optional<Licence> findLicence(String number) {
        return jdbc.sql(LICENCE + " where l.number = :n").param("n", VietnameseText.clean(number)).query(Licence.class).optional();
    }

    /** The latest licence of each facility that has expired or expires within {@code days} days. */
    public List<Licence> licencesExpiring(int days) {
        return jdbc.sql(LICENCE + "\n" + """
                 where l.expires_on <= :h and not exists (select 1 from radiation_licence n
                       where n.facility_id = l.facility_id and n.expires_on > l.expires_on)
                 order by l.expires_on, l.id""").param("h", LocalDate.now(clock).plusDays(days)).query(Licence.class).list();
    }

    @Transactional
    public Licence issueLicence(LicenceCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), OWNER);
        RadiationFacility f = facilityOf(c.facilityId());
        String number = text("number", "số giấy phép", c.number(), 60, true);
        LocalDate issued = date("issuedOn", "ngày cấp", c.issuedOn());
        LocalDate expires = date("expiresOn", "ngày hết hạn", c.expiresOn());
        if (!expires.isAfter(issued)) {
            throw new DomainException("expiresOn", "Ngày hết hạn phải sau ngày cấp (" + Formats.date(issued) + ").");
        }
        if (count("select count(*) from radiation_licence where number = :x", number) > 0) {
            throw new DomainException("number", "Giấy phép số " + number + " đã có trong sổ.");
        }
        long id = insert(jdbc.sql("""
                insert into radiation_licence(facility_id, number, issued_on, expires_on, scope, unit) values (:f, :n, :i, :e, :s, :u)""")
                .param("f", f.id()).param("n", number).param("i", issued).param("e", expires)
                .param("s", text("scope", "phạm vi", c.scope(), 1000, false)).param("u", OWNER.name()));
        Licence saved = licence(id);
        audit.record("radiation-licence", id, "CREATE", null, saved);
        return saved;
    }

    @Transactional
    public Licence correctLicence(long id, LicenceCommand c) {
        Licence before = licence(id);
        AccessPolicy.requireEdit(CurrentUser.get(), before.unit());
        RadiationFacility f = facilityOf(c.facilityId());
        String number = text("number", "số giấy phép", c.number(), 60, true);
        LocalDate issued = date("issuedOn", "ngày cấp", c.issuedOn());
        LocalDate expires = date("expiresOn", "ngày hết hạn", c.expiresOn());
        if (!expires.isAfter(issued)) {
            throw new DomainException("expiresOn", "Ngày hết hạn phải sau ngày cấp (" + Formats.date(issued) + ").");
        }
        if (jdbc.sql("select count(*) from radiation_licence where number = :n and id <> :id").param("n", number).param("id", id)
                .query(Long.class).single() > 0) {
            throw new DomainException("number", "Giấy phép số " + number + " đã có trong sổ.");
        }
        int n = jdbc.sql("""
                update radiation_licence set facility_id = :f, number = :n, issued_on = :i, expires_on = :e, scope = :s,
                       version = version + 1 where id = :id and version = :ver""")
                .param("f", f.id()).param("n", number).param("i", issued).param("e", expires)
                .param("s", text("scope", "phạm vi", c.scope(), 1000, false)).param("id", id)
                .param("ver", c.version() == null ? before.version() : c.version()).update();
        if (n == 0) {
            throw new ConcurrentEditException("Giấy phép số " + before.number(), before.toString());
        }
        Licence after = licence(id);
        audit.record("radiation-licence", id, "UPDATE", before, after);
        return after;
    }

    // --- dossiers

    public List<Dossier> dossiers(Integer year) {
        return jdbc.sql(DOSSIER + " where (cast(:ys as date) is null or (d.received_on >= :ys and d.received_on < :ye))"
                        + " order by d.received_on desc, d.id desc")
                .param("ys", year == null ? null : LocalDate.of(year, 1, 1)).param("ye", year == null ? null : LocalDate.of(year + 1, 1, 1))
                .query(Dossier.class).list();
    }

    public Dossier dossier(long id) {
        return jdbc.sql(DOSSIER + " where d.id = :id").param("id", id).query(Dossier.class).optional()
                .orElseThrow(() -> new NotFoundException("hồ sơ an toàn bức xạ", id));
    }

    /** The dossier of the facility (organisation name) received on the day with that subject: a dossier's identity. */
    public java.util.Optional<Dossier> findDossier(String facilityName, LocalDate receivedOn, String subject) {
        return jdbc.sql(DOSSIER + " where o.name = :n and d.received_on = :r and d.subject = :s")
                .param("n", VietnameseText.clean(facilityName)).param("r", receivedOn).param("s", VietnameseText.clean(subject))
                .query(Dossier.class).optional();
    }

    /** Records a dossier received (and, when the resolution is given, resolved); days taken are computed. */
    @Transactional
    public Dossier receiveDossier(DossierCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), OWNER);
        DossierValues v = validate(c, null);
        long id = insert(jdbc.sql("""
                insert into radiation_dossier(facility_id, subject, received_on, resolved_on, outcome, days_taken, unit)
                values (:f, :s, :r, :rs, :o, :d, :u)""")
                .param("f", v.facilityId()).param("s", v.subject()).param("r", v.receivedOn()).param("rs", v.resolvedOn())
                .param("o", v.outcome()).param("d", v.days()).param("u", OWNER.name()));
        Dossier saved = dossier(id);
        audit.record("radiation-dossier", id, "CREATE", null, saved);
        return saved;
    }

    /** Corrects a dossier or records its resolution. */
    @Transactional
    public Dossier changeDossier(long id, DossierCommand c) {
        Dossier before = dossier(id);
        AccessPolicy.requireEdit(CurrentUser.get(), before.unit());
        DossierValues v = validate(c, id);
        java.util.List<LocalDate> dates = new java.util.ArrayList<>();
        java.util.stream.Stream.of(before.resolvedOn(), v.resolvedOn()).filter(java.util.Objects::nonNull).forEach(dates::add);
        locks.checkChange("radiation-dossier", id, dates, c.reason());
        int n = jdbc.sql("""
                update radiation_dossier set facility_id = :f, subject = :s, received_on = :r, resolved_on = :rs, outcome = :o,
                       days_taken = :d, version = version + 1 where id = :id and version = :ver""")
                .param("f", v.facilityId()).param("s", v.subject()).param("r", v.receivedOn()).param("rs", v.resolvedOn())
                .param("o", v.outcome()).param("d", v.days()).param("id", id)
                .param("ver", c.version() == null ? before.version() : c.version()).update();
        if (n == 0) {
            throw new ConcurrentEditException("Hồ sơ \"" + before.subject() + "\"", before.toString());
        }
        Dossier after = dossier(id);
        audit.record("radiation-dossier", id, "UPDATE", before, after, VietnameseText.clean(c.reason()));
        return after;
    }

    private record DossierValues(long facilityId, String subject, LocalDate receivedOn, LocalDate resolvedOn, String outcome, Integer days) {
    }

    private DossierValues validate(DossierCommand c, Long selfId) {
        RadiationFacility f = facilityOf(c.facilityId());
        String subject = text("subject", "nội dung hồ sơ", c.subject(), 500, true);
        LocalDate received = date("receivedOn", "ngày nhận hồ sơ", c.receivedOn());
        LocalDate resolved = c.resolvedOn() == null ? null : Formats.checkRange("resolvedOn", c.resolvedOn());
        if (resolved != null && resolved.isBefore(received)) {
            throw new DomainException("resolvedOn", "Ngày giải quyết không được trước ngày nhận hồ sơ (" + Formats.date(received) + ").");
        }
        if (resolved != null && c.outcome() == null) {
            throw new DomainException("outcome", "Hồ sơ đã giải quyết: cần chọn kết quả giải quyết.");
        }
        if (resolved == null && c.outcome() != null) {
            throw new DomainException("resolvedOn", "Đã chọn kết quả thì cần nhập ngày giải quyết.");
        }
        if (jdbc.sql("""
                select count(*) from radiation_dossier where facility_id = :f and received_on = :r and subject = :s
                   and (cast(:id as bigint) is null or id <> :id)""")
                .param("f", f.id()).param("r", received).param("s", subject).param("id", selfId).query(Long.class).single() > 0) {
            throw new DomainException("subject", "Hồ sơ \"" + subject + "\" của " + f.name() + " nhận ngày " + Formats.date(received)
                    + " đã có trong sổ.");
        }
        Integer days = resolved == null ? null : (int) ChronoUnit.DAYS.between(received, resolved);
        return new DossierValues(f.id(), subject, received, resolved, c.outcome() == null ? null : c.outcome().name(), days);
    }

    // --- inspections

    public List<RadiationInspection> inspections(Integer year) {
        return jdbc.sql(INSPECTION + " where (cast(:ys as date) is null or (i.inspected_on >= :ys and i.inspected_on < :ye))"
                        + " order by i.inspected_on desc, i.id desc")
                .param("ys", year == null ? null : LocalDate.of(year, 1, 1)).param("ye", year == null ? null : LocalDate.of(year + 1, 1, 1))
                .query(RadiationInspection.class).list();
    }

    public RadiationInspection inspection(long id) {
        return jdbc.sql(INSPECTION + " where i.id = :id").param("id", id).query(RadiationInspection.class).optional()
                .orElseThrow(() -> new NotFoundException("lần kiểm tra an toàn bức xạ", id));
    }

    /** The inspection of the facility (organisation name) on the day: an inspection's identity. */
    public java.util.Optional<RadiationInspection> findInspection(String facilityName, LocalDate inspectedOn) {
        return jdbc.sql(INSPECTION + " where o.name = :n and i.inspected_on = :on").param("n", VietnameseText.clean(facilityName))
                .param("on", inspectedOn).query(RadiationInspection.class).optional();
    }

    @Transactional
    public RadiationInspection recordInspection(InspectionCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), OWNER);
        RadiationFacility f = facilityOf(c.facilityId());
        String district = text("district", "huyện/thành phố", c.district() == null || c.district().isBlank() ? f.district() : c.district(), 100, true);
        LocalDate on = date("inspectedOn", "ngày kiểm tra", c.inspectedOn());
        checkOneInspectionADay(f, on, null);
        long id = insert(jdbc.sql("""
                insert into radiation_inspection(facility_id, district, inspected_on, findings, unit) values (:f, :d, :on, :fi, :u)""")
                .param("f", f.id()).param("d", district).param("on", on)
                .param("fi", text("findings", "kết quả kiểm tra", c.findings(), 4000, false)).param("u", OWNER.name()));
        RadiationInspection saved = inspection(id);
        audit.record("radiation-inspection", id, "CREATE", null, saved);
        return saved;
    }

    @Transactional
    public RadiationInspection correctInspection(long id, InspectionCommand c) {
        RadiationInspection before = inspection(id);
        AccessPolicy.requireEdit(CurrentUser.get(), before.unit());
        RadiationFacility f = facilityOf(c.facilityId());
        String district = text("district", "huyện/thành phố", c.district() == null || c.district().isBlank() ? f.district() : c.district(), 100, true);
        LocalDate on = date("inspectedOn", "ngày kiểm tra", c.inspectedOn());
        checkOneInspectionADay(f, on, id);
        locks.checkChange("radiation-inspection", id, List.of(before.inspectedOn(), on), c.reason());
        int n = jdbc.sql("""
                update radiation_inspection set facility_id = :f, district = :d, inspected_on = :on, findings = :fi,
                       version = version + 1 where id = :id and version = :ver""")
                .param("f", f.id()).param("d", district).param("on", on)
                .param("fi", text("findings", "kết quả kiểm tra", c.findings(), 4000, false)).param("id", id)
                .param("ver", c.version() == null ? before.version() : c.version()).update();
        if (n == 0) {
            throw new ConcurrentEditException("Lần kiểm tra tại " + before.facilityName(), before.toString());
        }
        RadiationInspection after = inspection(id);
        audit.record("radiation-inspection", id, "UPDATE", before, after, VietnameseText.clean(c.reason()));
        return after;
    }

    private void checkOneInspectionADay(RadiationFacility f, LocalDate on, Long selfId) {
        if (jdbc.sql("""
                select count(*) from radiation_inspection where facility_id = :f and inspected_on = :on
                   and (cast(:id as bigint) is null or id <> :id)""")
                .param("f", f.id()).param("on", on).param("id", selfId).query(Long.class).single() > 0) {
            throw new DomainException("inspectedOn", "Lần kiểm tra " + f.name() + " ngày " + Formats.date(on) + " đã có trong sổ.");
        }
    }

    // --- helpers

    RadiationFacility facilityOf(Long id) {
        if (id == null) {
            throw new DomainException("facilityId", "Cần chọn cơ sở bức xạ.");
        }
        return jdbc.sql(FACILITY + " where f.id = :id").param("id", id).query(RadiationFacility.class).optional()
                .orElseThrow(() -> new DomainException("facilityId", "Không có cơ sở bức xạ mã " + id + "."));
    }

    private long count(String sql, Object x) {
        return jdbc.sql(sql).param("x", x).query(Long.class).single();
    }

    static long insert(JdbcClient.StatementSpec s) {
        KeyHolder kh = new GeneratedKeyHolder();
        s.update(kh, "id");
        return kh.getKey().longValue();
    }

    static String text(String field, String label, String s, int max, boolean required) {
        String t = VietnameseText.clean(s);
        if (t == null && required) {
            throw new DomainException(field, "Cần nhập " + label + ".");
        }
        if (t != null && t.length() > max) {
            throw new DomainException(field, "Giá trị của " + label + " dài quá " + max + " ký tự.");
        }
        return t;
    }

    static LocalDate date(String field, String label, LocalDate d) {
        if (d == null) {
            throw new DomainException(field, "Cần nhập " + label + ".");
        }
        return Formats.checkRange(field, d);
    }
}
