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
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.RecordTable;
import vn.gov.khcn.shared.VietnameseText;

/** The register of radiation-safety inspections of the facilities: one per facility and day. */
@Service
public class RadiationInspections extends RecordFacade<RadiationInspection> {
    static final RecordType<RadiationInspection> INSPECTION = RecordType.of("radiation-inspection", "lần kiểm tra an toàn bức xạ",
            "radiation_inspection", RadiationFacilities.OWNER, RadiationInspection::reportDates, RadiationInspection::label);
    private final RadiationFacilities facilities;

    RadiationInspections(JdbcClient jdbc, RadiationFacilities facilities, RecordWrites writes) {
        super(writes, INSPECTION, new RecordTable<>(jdbc, RadiationInspection.class, "lần kiểm tra an toàn bức xạ", "i.id", """
                i.id, i.facility_id, o.name as facility_name, i.district, i.inspected_on, i.findings, i.unit, i.version""", """
                radiation_inspection i join radiation_facility f on f.id = i.facility_id join organisation o on o.id = f.organisation_id"""));
        this.facilities = facilities;
    }

    /** Inspections, latest first. */
    public PageResult<RadiationInspection> search(RadiationInspectionQuery q, int page, int size) {
        return table.page(
                "(cast(:y as integer) is null or extract(year from i.inspected_on) = :y) and (cast(:d as varchar) is null or i.district = :d)",
                RecordSql.params("y", q.year(), "d", q.district()), "i.inspected_on desc, i.id desc", page, size);
    }

    /** The inspection of the facility (organisation name) on the day: an inspection's identity. */
    public Optional<RadiationInspection> find(String facilityName, LocalDate inspectedOn) {
        return table.one("o.name = :n and i.inspected_on = :on",
                RecordSql.params("n", VietnameseText.clean(facilityName), "on", inspectedOn));
    }

    @Transactional
    public RadiationInspection record(RadiationInspectionCommand c) {
        return insertRecord(RadiationFacilities.OWNER, c.reason(), "cùng cơ sở và ngày kiểm tra", """
                insert into radiation_inspection(facility_id, district, inspected_on, findings)
                values (:facilityId, :district, :inspectedOn, :findings)""", () -> validate(c, null));
    }

    @Transactional
    public RadiationInspection correct(long id, RadiationInspectionCommand c) {
        return updateRecord(id, c.version(), c.reason(), """
                update radiation_inspection set facility_id = :facilityId, district = :district, inspected_on = :inspectedOn,
                       findings = :findings where id = :id""", () -> validate(c, id));
    }

    /** An inspection as the register stores it. */
    private record Valid(long facilityId, String district, LocalDate inspectedOn, String findings) {
    }

    private Valid validate(RadiationInspectionCommand c, Long id) {
        RadiationFacility f = facilities.require("facilityId", c.facilityId());
        String given = c.district() == null || c.district().isBlank() ? f.district() : c.district();
        // a facility placed by its organisation's commune (no former district): the inspection is too
        String district = f.district() == null ? Check.optionalText("district", "huyện/thành phố", given, 100)
                : Check.text("district", "huyện/thành phố", given, 100);
        LocalDate on = Check.date("inspectedOn", "ngày kiểm tra", c.inspectedOn());
        jdbc.sql("select id from radiation_inspection where facility_id = :f and inspected_on = :on").param("f", f.id()).param("on", on)
                .query(Long.class).stream().filter(x -> id == null || x != id.longValue()).findFirst().ifPresent(x -> {
                    throw new DomainException("inspectedOn", "Lần kiểm tra " + f.name() + " ngày " + Formats.date(on) + " đã có trong sổ.");
                });
        return new Valid(f.id(), district, on, Check.optionalText("findings", "kết quả kiểm tra", c.findings(), 4000));
    }
}
