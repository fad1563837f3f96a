package vn.gov.khcn.quality.internal;

import java.time.LocalDate;
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

/** The TĐC branch's figures: surveys, ISO checks and plan, award dossiers, guidance to businesses. */
@Component
record QualityIndicators(JdbcClient jdbc) implements IndicatorProvider {
    @Override
    public List<Indicator> indicators() {
        return List.of(
                new Indicator("quality.surveyedFacilities", "Cơ sở được khảo sát chất lượng sản phẩm, hàng hóa", List.of("commune", "formerDistrict"),
                        this::surveyed),
                new Indicator("iso.agenciesChecked", "Cơ quan được kiểm tra việc áp dụng TCVN ISO 9001:2015", List.of(), this::isoChecked),
                new Indicator("iso.agenciesPlanned", "Cơ quan trong kế hoạch kiểm tra TCVN ISO 9001:2015", List.of(), this::isoPlanned),
                new Indicator("quality.awardDossiers", "Hồ sơ Giải thưởng chất lượng quốc gia được gửi", List.of(), this::awards),
                new Indicator("tdc.businessesGuided", "Cơ sở được hướng dẫn thực hiện quy định về tiêu chuẩn đo lường chất lượng",
                        List.of(), this::guided));
    }

    record Row(long id, long orgId, String label, String district, LocalDate on, String commune, String formerDistrict) {
        Row(long id, long orgId, String label, String district, LocalDate on) {
            this(id, orgId, label, district, on, null, null);
        }
    }

    /**
     * Distinct facilities surveyed in P (each facility's first survey in P); names: the districts, in order of first
     * survey. Broken down by the facility's commune (surveys from the commune's first day: "commune") and by its former
     * district (surveys up to the district's last day: "formerDistrict"), as the geography register dates them; a
     * period before 1/7/2025 has the second only, one after it the first only.
     */
    IndicatorValue surveyed(DateRange p) {
        List<Row> rows = jdbc.sql("""
                select s.id, s.facility_id, o.name, s.district, s.surveyed_on, c.name, fd.name from quality_survey s
                join organisation o on o.id = s.facility_id
                left join commune c on c.id = o.commune_id and c.valid_from <= s.surveyed_on
                left join former_district fd on fd.id = o.former_district_id and fd.valid_until >= s.surveyed_on
                where s.surveyed_on between :s and :e order by s.surveyed_on, s.id""")
                .param("s", p.start()).param("e", p.end())
                .query((rs, i) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
                        rs.getString(6), rs.getString(7)))
                .list();
        Set<Long> seen = new LinkedHashSet<>();
        Set<String> districts = new LinkedHashSet<>();
        List<RecordRef> refs = new java.util.ArrayList<>();
        java.util.SortedMap<String, java.util.SortedMap<String, Long>> by = new java.util.TreeMap<>();
        for (Row r : rows) {
            districts.add(r.district());
            if (seen.add(r.orgId())) {
                refs.add(new RecordRef("quality-survey", r.id(), r.label() + " (" + r.district() + ") — " + Formats.date(r.on()),
                        "/quality/surveys/" + r.id()));
                if (r.commune() != null) {
                    by.computeIfAbsent("commune", k -> new java.util.TreeMap<>()).merge(r.commune(), 1L, Long::sum);
                }
                if (r.formerDistrict() != null) {
                    by.computeIfAbsent("formerDistrict", k -> new java.util.TreeMap<>()).merge(r.formerDistrict(), 1L, Long::sum);
                }
            }
        }
        return new IndicatorValue((long) refs.size(), by, List.copyOf(districts), null, refs);
    }

    /** Distinct agencies whose ISO 9001:2015 system was checked in P. */
    IndicatorValue isoChecked(DateRange p) {
        return distinctOrganisations(p, """
                select c.id, c.agency_id, o.name, null, c.checked_on from iso_check c join organisation o on o.id = c.agency_id
                where c.checked_on between :s and :e order by c.checked_on, c.id""", "iso-check", "/quality/iso/checks/");
    }

    /** Agencies planned for checks in Y, the year of P.end. */
    IndicatorValue isoPlanned(DateRange p) {
        return IndicatorValue.count(jdbc.sql("""
                select p.id, o.name from iso_plan p join organisation o on o.id = p.agency_id
                where p.plan_year = :y order by o.name_folded, p.id""")
                .param("y", p.year())
                .query((rs, i) -> new RecordRef("iso-plan", rs.getLong(1), rs.getString(2), "/quality/iso?year=" + p.year()))
                .list());
    }

    IndicatorValue awards(DateRange p) {
        return IndicatorValue.count(jdbc.sql("""
                select a.id, o.name, a.forwarded_on from award_dossier a join organisation o on o.id = a.enterprise_id
                where a.forwarded_on between :s and :e order by a.forwarded_on, a.id""")
                .param("s", p.start()).param("e", p.end())
                .query((rs, i) -> new RecordRef("award-dossier", rs.getLong(1),
                        rs.getString(2) + " — " + Formats.date(rs.getObject(3, LocalDate.class)), "/quality/awards/" + rs.getLong(1)))
                .list());
    }

    /** Distinct businesses guided in P. */
    IndicatorValue guided(DateRange p) {
        return distinctOrganisations(p, """
                select g.id, g.business_id, o.name, null, g.guided_on from business_guidance g join organisation o on o.id = g.business_id
                where g.guided_on between :s and :e order by g.guided_on, g.id""", "business-guidance", "/quality/guidance/");
    }

    /** The first record of each organisation among the rows {@code sql} selects in P (id, organisation, name, –, day). */
    private IndicatorValue distinctOrganisations(DateRange p, String sql, String entity, String href) {
        List<Row> rows = jdbc.sql(sql).param("s", p.start()).param("e", p.end())
                .query((rs, i) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), null, rs.getObject(5, LocalDate.class)))
                .list();
        Set<Long> seen = new LinkedHashSet<>();
        List<RecordRef> refs = new java.util.ArrayList<>();
        for (Row r : rows) {
            if (seen.add(r.orgId())) {
                refs.add(new RecordRef(entity, r.id(), r.label() + " — " + Formats.date(r.on()), href + r.id()));
            }
        }
        return IndicatorValue.count(refs);
    }
}
