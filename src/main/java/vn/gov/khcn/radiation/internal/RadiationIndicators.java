package vn.gov.khcn.radiation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.khcn.reporting.DateRange;
import vn.gov.khcn.reporting.Indicator;
import vn.gov.khcn.reporting.IndicatorProvider;
import vn.gov.khcn.reporting.IndicatorValue;
import vn.gov.khcn.reporting.RecordRef;
import vn.gov.khcn.shared.Formats;

/** Radiation-safety figures, and the centre's two X-ray service figures. */
@Component
record RadiationIndicators(JdbcClient jdbc) implements IndicatorProvider {
    @Override
    public List<Indicator> indicators() {
        return List.of(
                new Indicator("radiation.dossiersResolved", "Hồ sơ an toàn bức xạ, hạt nhân được giải quyết", List.of(), this::dossiers),
                new Indicator("radiation.inspectedDistricts", "Huyện có cơ sở được kiểm tra an toàn bức xạ", List.of(), this::districts),
                new Indicator("radiation.inspectedCommunes", "Xã, phường, đặc khu có cơ sở được kiểm tra an toàn bức xạ", List.of("formerDistrict"),
                        this::communes),
                new Indicator("centre.xrayMachinesVerified", "Máy X-quang được kiểm định", List.of(), p -> xray(p, "MACHINE_VERIFICATION")),
                new Indicator("centre.xrayRoomsChecked", "Phòng X-quang được kiểm xạ", List.of(), p -> xray(p, "ROOM_CHECK")));
    }

    IndicatorValue dossiers(DateRange p) {
        return IndicatorValue.count(jdbc.sql("""
                select d.id, d.subject, d.resolved_on from radiation_dossier d
                where d.resolved_on between :s and :e order by d.resolved_on, d.id""")
                .param("s", p.start()).param("e", p.end())
                .query((rs, i) -> new RecordRef("radiation-dossier", rs.getLong(1), rs.getString(2) + " — "
                        + Formats.date(rs.getObject(3, LocalDate.class)), "/radiation/dossiers/" + rs.getLong(1)))
                .list());
    }

    /**
     * Distinct districts of inspections in P, named in order of their first inspection; records: that first inspection.
     * An inspection of a facility placed by its commune only (no district) is counted by {@link #communes}.
     */
    IndicatorValue districts(DateRange p) {
        Set<String> names = new LinkedHashSet<>();
        List<RecordRef> refs = new ArrayList<>();
        jdbc.sql("""
                select i.id, i.district, o.name, i.inspected_on from radiation_inspection i
                join radiation_facility f on f.id = i.facility_id join organisation o on o.id = f.organisation_id
                where i.inspected_on between :s and :e and i.district is not null order by i.inspected_on, i.id""")
                .param("s", p.start()).param("e", p.end())
                .query((rs, i) -> {
                    if (names.add(rs.getString(2))) {
                        refs.add(new RecordRef("radiation-inspection", rs.getLong(1), rs.getString(2) + ": " + rs.getString(3) + " — "
                                + Formats.date(rs.getObject(4, LocalDate.class)), "/radiation/inspections/" + rs.getLong(1)));
                    }
                    return null;
                }).list();
        return new IndicatorValue((long) names.size(), null, List.copyOf(names), null, refs);
    }

    /**
     * Distinct communes (xã, phường, đặc khu) of the facilities inspected in P, from each commune's first day (the
     * geography register's), named in order of their first inspection; records: that first inspection. Broken down by
     * the former district each commune came from ("formerDistrict", the first the register names), when every one of
     * them has one (a commune the register gives no former district leaves the breakdown out: it would not add up).
     */
    IndicatorValue communes(DateRange p) {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        List<RecordRef> refs = new ArrayList<>();
        jdbc.sql("""
                select i.id, c.id, c.kind, c.name, o.name, i.inspected_on,
                       (select min(fd.name) from commune_origin co join former_district fd on fd.id = co.district_id where co.commune_id = c.id)
                from radiation_inspection i
                join radiation_facility f on f.id = i.facility_id join organisation o on o.id = f.organisation_id
                join commune c on c.id = o.commune_id and c.valid_from <= i.inspected_on
                where i.inspected_on between :s and :e order by i.inspected_on, i.id""")
                .param("s", p.start()).param("e", p.end())
                .query((rs, i) -> {
                    String title = ("WARD".equals(rs.getString(3)) ? "phường " : "SPECIAL_ZONE".equals(rs.getString(3)) ? "đặc khu " : "xã ")
                            + rs.getString(4);
                    if (!names.containsKey(title)) {
                        names.put(title, rs.getString(7));
                        refs.add(new RecordRef("radiation-inspection", rs.getLong(1), title + ": " + rs.getString(5) + " — "
                                + Formats.date(rs.getObject(6, LocalDate.class)), "/radiation/inspections/" + rs.getLong(1)));
                    }
                    return null;
                }).list();
        java.util.SortedMap<String, java.util.SortedMap<String, Long>> by = new java.util.TreeMap<>();
        // the breakdown adds up to the figure: given only when every commune named has a former district
        if (!names.containsValue(null)) {
            names.values().forEach(d -> by.computeIfAbsent("formerDistrict", k -> new java.util.TreeMap<>()).merge(d, 1L, Long::sum));
        }
        return new IndicatorValue((long) names.size(), by, List.copyOf(names.keySet()), null, refs);
    }

    /**
     * Machines verified (distinct devices) or rooms checked (distinct facility and room) in P; names: the
     * facilities, in order of their first job.
     */
    IndicatorValue xray(DateRange p, String kind) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        List<RecordRef> refs = new ArrayList<>();
        jdbc.sql("""
                select j.id, j.facility_id, o.name, j.device_id, d.serial, j.room, j.performed_on from xray_job j
                join radiation_facility f on f.id = j.facility_id join organisation o on o.id = f.organisation_id
                left join xray_device d on d.id = j.device_id
                where j.kind = :k and j.performed_on between :s and :e order by j.performed_on, j.id""")
                .param("k", kind).param("s", p.start()).param("e", p.end())
                .query((rs, i) -> {
                    String what = "MACHINE_VERIFICATION".equals(kind) ? "máy " + rs.getString(5) : rs.getString(6);
                    String key = "MACHINE_VERIFICATION".equals(kind) ? "d" + rs.getLong(4) : rs.getLong(2) + "|" + rs.getString(6);
                    if (seen.add(key)) {
                        names.add(rs.getString(3));
                        refs.add(new RecordRef("xray-job", rs.getLong(1), rs.getString(3) + ", " + what + " — "
                                + Formats.date(rs.getObject(7, LocalDate.class)), "/radiation/xray-jobs/" + rs.getLong(1)));
                    }
                    return null;
                }).list();
        return new IndicatorValue((long) refs.size(), null, List.copyOf(names), null, refs);
    }
}
