package vn.gov.khcn.metrology.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * {@code metrology.verifications}: instruments verified or calibrated in P, by {@code result} and
 * {@code type}. The value and the parts come from one GROUP BY; {@code names} are the type names in
 * order of count. A province records thousands a year, so {@code records} holds at most
 * {@link #RECORD_CAP} references (oldest first); the complete list is the verification register
 * filtered by the same dates ({@link #listHref}).
 */
@Component
record MetrologyIndicators(JdbcClient jdbc) implements IndicatorProvider {
    static final int RECORD_CAP = 200;

    @Override
    public List<Indicator> indicators() {
        return List.of(new Indicator("metrology.verifications", "Phương tiện đo được kiểm định, hiệu chuẩn",
                List.of("result", "type"), this::verifications, MetrologyIndicators::partLabels));
    }

    /** The labels of the results ("Đạt", "Không đạt"); the types' keys are their names already. */
    static java.util.Map<String, String> partLabels(String dimension) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        if (dimension.equals("result")) {
            for (vn.gov.khcn.metrology.VerificationResult r : vn.gov.khcn.metrology.VerificationResult.values()) {
                out.put(r.name(), r.label());
            }
        }
        return out;
    }

    /** The verification list showing every record of a period. */
    static String listHref(DateRange p) {
        return "/metrology/verifications?from=" + p.start() + "&to=" + p.end();
    }

    IndicatorValue verifications(DateRange p) {
        record Cell(String result, String type, long n) {
        }
        record Type(String name, int order) {
        }
        // The same GROUP BY as a bare count; an index-only scan on (verified_on, type_code, result).
        List<Cell> cells = jdbc.sql("""
                select result, type_code, count(*) from verification
                where verified_on between :s and :e group by result, type_code""")
                .param("s", p.start()).param("e", p.end())
                .query((rs, i) -> new Cell(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
        Map<String, Type> types = new LinkedHashMap<>();
        jdbc.sql("select code, name, sort_order from instrument_type")
                .query((rs, i) -> types.put(rs.getString(1), new Type(rs.getString(2), rs.getInt(3)))).list();
        SortedMap<String, Long> byResult = new TreeMap<>();
        SortedMap<String, Long> byType = new TreeMap<>();
        Map<String, long[]> typeCounts = new LinkedHashMap<>();
        Map<String, String> typeNames = new LinkedHashMap<>();
        long total = 0;
        for (Cell c : cells) {
            total += c.n();
            byResult.merge(c.result(), c.n(), Long::sum);
            byType.merge(c.type(), c.n(), Long::sum);
            typeCounts.computeIfAbsent(c.type(), k -> new long[] {0, types.get(k).order()})[0] += c.n();
            typeNames.put(c.type(), types.get(c.type()).name());
        }
        List<String> names = typeCounts.entrySet().stream()
                .sorted((a, b) -> a.getValue()[0] != b.getValue()[0] ? Long.compare(b.getValue()[0], a.getValue()[0])
                        : Long.compare(a.getValue()[1], b.getValue()[1]))
                .map(e -> typeNames.get(e.getKey())).toList();
        SortedMap<String, SortedMap<String, Long>> by = new TreeMap<>();
        by.put("result", byResult);
        by.put("type", byType);
        return new IndicatorValue(total, by, names, null, records(p));
    }

    private List<RecordRef> records(DateRange p) {
        List<RecordRef> out = new ArrayList<>();
        jdbc.sql("""
                select v.id, v.serial, v.verified_on, v.result, t.name
                from verification v join instrument_type t on t.code = v.type_code
                where v.verified_on between :s and :e order by v.verified_on, v.id limit :lim""")
                .param("s", p.start()).param("e", p.end()).param("lim", RECORD_CAP)
                .query((rs, i) -> new RecordRef("verification", rs.getLong(1),
                        rs.getString(5) + " " + rs.getString(2) + " — " + Formats.date(rs.getObject(3, LocalDate.class))
                                + ("PASS".equals(rs.getString(4)) ? " — đạt" : " — không đạt"),
                        "/metrology/verifications/" + rs.getLong(1)))
                .list().forEach(out::add);
        return out;
    }
}
