package vn.gov.khcn.inspection.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.khcn.reporting.DateRange;
import vn.gov.khcn.reporting.Indicator;
import vn.gov.khcn.reporting.IndicatorProvider;
import vn.gov.khcn.reporting.IndicatorValue;
import vn.gov.khcn.reporting.RecordRef;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.vocabulary.Vocabularies;
import vn.gov.khcn.vocabulary.VocabularyList;

/** {@code inspection.campaigns} (inspections opened in P) and {@code inspection.facilities} (distinct facilities in them), by field. */
@Component
class InspectionIndicators implements IndicatorProvider {
    private final JdbcClient jdbc;
    private final Vocabularies vocabularies;

    InspectionIndicators(JdbcClient jdbc, Vocabularies vocabularies) {
        this.jdbc = jdbc;
        this.vocabularies = vocabularies;
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(
                new Indicator("inspection.campaigns", "Cuộc thanh tra chuyên ngành", List.of("field"), this::campaigns, this::partLabels),
                new Indicator("inspection.facilities", "Cơ sở được thanh tra", List.of("field"), this::facilities, this::partLabels));
    }

    /** The labels of the fields ("Đo lường", "An toàn bức xạ"…), from the inspection-field vocabulary, retired ones too. */
    java.util.Map<String, String> partLabels(String dimension) {
        return dimension.equals("field") ? vocabularies.labels(VocabularyList.INSPECTION_FIELD) : java.util.Map.of();
    }

    IndicatorValue campaigns(DateRange p) {
        SortedMap<String, Long> byField = new TreeMap<>();
        List<RecordRef> refs = jdbc.sql("""
                select id, field, title, opened_on from inspection where opened_on between :s and :e order by opened_on, id""")
                .param("s", p.start()).param("e", p.end())
                .query((rs, i) -> {
                    byField.merge(rs.getString(2), 1L, Long::sum);
                    return new RecordRef("inspection", rs.getLong(1), rs.getString(3) + " — "
                            + Formats.date(rs.getObject(4, LocalDate.class)), "/inspections/" + rs.getLong(1));
                }).list();
        SortedMap<String, SortedMap<String, Long>> by = new TreeMap<>();
        by.put("field", byField);
        return new IndicatorValue((long) refs.size(), by, null, null, refs);
    }

    IndicatorValue facilities(DateRange p) {
        SortedMap<String, Long> byField = new TreeMap<>();
        Set<Long> seen = new HashSet<>();
        List<RecordRef> refs = new ArrayList<>();
        jdbc.sql("""
                select i.id, i.field, f.facility_id, o.name from inspection i
                join inspection_facility f on f.inspection_id = i.id join organisation o on o.id = f.facility_id
                where i.opened_on between :s and :e order by i.opened_on, i.id, f.id""")
                .param("s", p.start()).param("e", p.end())
                .query((rs, i) -> {
                    if (seen.add(rs.getLong(3))) {
                        byField.merge(rs.getString(2), 1L, Long::sum);
                        refs.add(new RecordRef("organisation", rs.getLong(3), rs.getString(4), "/inspections/" + rs.getLong(1)));
                    }
                    return null;
                }).list();
        SortedMap<String, SortedMap<String, Long>> by = new TreeMap<>();
        by.put("field", byField);
        return new IndicatorValue((long) refs.size(), by, null, null, refs);
    }
}
