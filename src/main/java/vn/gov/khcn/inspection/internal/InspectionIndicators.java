package vn.gov.khcn.inspection.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * The inspection indicators. {@code inspection.campaigns} (thanh tra opened in P) and {@code inspection.facilities} (distinct
 * facilities in them), by field, the facilities also by commune; {@code inspection.checks} and {@code inspection.checkedFacilities}:
 * the same over the checks (kiểm tra: every kind but thanh tra), also by kind; {@code inspection.all} and
 * {@code inspection.allFacilities}: over every kind; {@code inspection.instrumentsChecked}: the measuring
 * instruments checked at the facilities of every inspection and check opened in P. A facility is counted once, under the kind,
 * field and commune of its first inspection in P; its commune is the one it is in from the commune's first day (decision
 * 0019), {@link #NO_COMMUNE} before that or when none is recorded, so that the communes add up to the figure.
 */
@Component
record InspectionIndicators(JdbcClient jdbc, Vocabularies vocabularies) implements IndicatorProvider {
    /** The part of the facilities not placed in a commune on the inspection's day (records of before 1/7/2025, most of them). */
    static final String NO_COMMUNE = "NONE";
    private static final String THANH_TRA_CODE = "INSPECTION";

    @Override
    public List<Indicator> indicators() {
        return List.of(
                new Indicator("inspection.campaigns", "Cuộc thanh tra chuyên ngành", List.of("field"), p -> campaigns(p, Kinds.THANH_TRA),
                        this::partLabels),
                new Indicator("inspection.facilities", "Cơ sở được thanh tra", List.of("field", "commune"), p -> facilities(p, Kinds.THANH_TRA),
                        this::partLabels),
                new Indicator("inspection.checks", "Cuộc kiểm tra nhà nước", List.of("kind", "field"), p -> campaigns(p, Kinds.CHECKS),
                        this::partLabels),
                new Indicator("inspection.checkedFacilities", "Cơ sở được kiểm tra", List.of("kind", "field", "commune"),
                        p -> facilities(p, Kinds.CHECKS), this::partLabels),
                new Indicator("inspection.all", "Cuộc thanh tra, kiểm tra", List.of("kind", "field", "kind/field"), p -> campaigns(p, Kinds.ALL),
                        this::partLabels),
                new Indicator("inspection.allFacilities", "Cơ sở được thanh tra, kiểm tra", List.of("kind", "field", "commune"),
                        p -> facilities(p, Kinds.ALL), this::partLabels),
                new Indicator("inspection.instrumentsChecked", "Phương tiện đo được kiểm tra trong các cuộc thanh tra, kiểm tra",
                        List.of("kind", "field"), this::instruments, this::partLabels));
    }

    /**
     * The labels of the fields ("Đo lường"…) and kinds ("Thanh tra", "Kiểm tra") from their vocabularies, retired ones too; of the
     * communes from the geography register, the facilities placed in none last.
     */
    Map<String, String> partLabels(String dimension) {
        return switch (dimension) {
            case "field" -> vocabularies.labels(VocabularyList.INSPECTION_FIELD);
            case "kind" -> vocabularies.labels(VocabularyList.INSPECTION_KIND);
            case "commune" -> {
                Map<String, String> out = new LinkedHashMap<>();
                // "xã …", "phường …", "đặc khu …", as the other commune figures print them (radiation.inspectedCommunes)
                jdbc.sql("select code, kind, name from commune order by name_folded, code").query((rs, i) -> out.put(rs.getString(1),
                        ("WARD".equals(rs.getString(2)) ? "phường " : "SPECIAL_ZONE".equals(rs.getString(2)) ? "đặc khu " : "xã ") + rs.getString(3)))
                        .list();
                out.put(NO_COMMUNE, "chưa xác định xã, phường");
                yield out;
            }
            default -> Map.of();
        };
    }

    /** Which inspections a figure counts: the thanh tra, the checks (every other kind), or all of them. */
    enum Kinds {
        THANH_TRA(" and i.kind = '" + THANH_TRA_CODE + "'"), CHECKS(" and i.kind <> '" + THANH_TRA_CODE + "'"), ALL("");

        final String where;

        Kinds(String where) {
            this.where = where;
        }
    }

    IndicatorValue campaigns(DateRange p, Kinds kinds) {
        SortedMap<String, Long> byField = new TreeMap<>();
        SortedMap<String, Long> byKind = new TreeMap<>();
        SortedMap<String, Long> byKindField = new TreeMap<>();
        List<RecordRef> refs = jdbc.sql("select i.id, i.field, i.title, i.opened_on, i.kind from inspection i where i.opened_on between :s and :e"
                        + kinds.where + " order by i.opened_on, i.id")
                .param("s", p.start()).param("e", p.end())
                .query((rs, i) -> {
                    byField.merge(rs.getString(2), 1L, Long::sum);
                    byKind.merge(rs.getString(5), 1L, Long::sum);
                    byKindField.merge(rs.getString(5) + "/" + rs.getString(2), 1L, Long::sum);
                    return new RecordRef("inspection", rs.getLong(1), rs.getString(3) + " — "
                            + Formats.date(rs.getObject(4, LocalDate.class)), "/inspections/" + rs.getLong(1));
                }).list();
        SortedMap<String, SortedMap<String, Long>> by = new TreeMap<>();
        by.put("field", byField);
        if (kinds != Kinds.THANH_TRA) {
            by.put("kind", byKind);
        }
        if (kinds == Kinds.ALL) {
            by.put("kind/field", byKindField);
        }
        return new IndicatorValue((long) refs.size(), by, null, null, refs);
    }

    IndicatorValue facilities(DateRange p, Kinds kinds) {
        SortedMap<String, Long> byField = new TreeMap<>();
        SortedMap<String, Long> byKind = new TreeMap<>();
        SortedMap<String, Long> byCommune = new TreeMap<>();
        Set<Long> seen = new HashSet<>();
        List<RecordRef> refs = new ArrayList<>();
        jdbc.sql("select i.id, i.field, f.facility_id, o.name, i.kind, c.code from inspection i"
                        + " join inspection_facility f on f.inspection_id = i.id join organisation o on o.id = f.facility_id"
                        + " left join commune c on c.id = o.commune_id and c.valid_from <= i.opened_on"
                        + " where i.opened_on between :s and :e" + kinds.where + " order by i.opened_on, i.id, f.id")
                .param("s", p.start()).param("e", p.end())
                .query((rs, i) -> {
                    if (seen.add(rs.getLong(3))) {
                        byField.merge(rs.getString(2), 1L, Long::sum);
                        byKind.merge(rs.getString(5), 1L, Long::sum);
                        byCommune.merge(rs.getString(6) == null ? NO_COMMUNE : rs.getString(6), 1L, Long::sum);
                        refs.add(new RecordRef("organisation", rs.getLong(3), rs.getString(4), "/inspections/" + rs.getLong(1)));
                    }
                    return null;
                }).list();
        SortedMap<String, SortedMap<String, Long>> by = new TreeMap<>();
        by.put("field", byField);
        by.put("commune", byCommune);
        if (kinds != Kinds.THANH_TRA) {
            by.put("kind", byKind);
        }
        return new IndicatorValue((long) refs.size(), by, null, null, refs);
    }

    /** The instruments checked at each facility of the inspections and checks opened in P, summed; the records: the facilities with any. */
    IndicatorValue instruments(DateRange p) {
        SortedMap<String, Long> byField = new TreeMap<>();
        SortedMap<String, Long> byKind = new TreeMap<>();
        long[] total = {0};
        List<RecordRef> refs = new ArrayList<>();
        jdbc.sql("""
                select i.id, i.field, i.kind, i.title, f.id, o.name, f.instruments_checked from inspection i
                join inspection_facility f on f.inspection_id = i.id join organisation o on o.id = f.facility_id
                where i.opened_on between :s and :e and f.instruments_checked > 0 order by i.opened_on, i.id, f.id""")
                .param("s", p.start()).param("e", p.end())
                .query((rs, i) -> {
                    long n = rs.getLong(7);
                    total[0] += n;
                    byField.merge(rs.getString(2), n, Long::sum);
                    byKind.merge(rs.getString(3), n, Long::sum);
                    refs.add(new RecordRef("inspection-facility", rs.getLong(5), rs.getString(6), "/inspections/" + rs.getLong(1),
                            Formats.number(n) + " phương tiện đo — " + rs.getString(4), List.of()));
                    return null;
                }).list();
        SortedMap<String, SortedMap<String, Long>> by = new TreeMap<>();
        by.put("field", byField);
        by.put("kind", byKind);
        return new IndicatorValue(total[0], by, null, null, refs);
    }
}
