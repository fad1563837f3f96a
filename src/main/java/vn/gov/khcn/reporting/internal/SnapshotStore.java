package vn.gov.khcn.reporting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.khcn.documents.DocumentRef;
import vn.gov.khcn.reporting.DateRange;
import vn.gov.khcn.reporting.FigureSet;
import vn.gov.khcn.reporting.IndicatorValue;
import vn.gov.khcn.reporting.RecordRef;
import vn.gov.khcn.shared.Rows;

/** Freezes an issued report's figures (value, by, names, citations and the records behind each) and reads them back. */
@Component
public class SnapshotStore {
    private static final TypeReference<TreeMap<String, TreeMap<String, Long>>> BY = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
    };
    private static final TypeReference<List<DocumentRef>> DOCS = new TypeReference<>() {
    };
    private final JdbcClient jdbc;
    private final JsonMapper json;

    SnapshotStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void freeze(long reportId, FigureSet f) {
        f.ranges().forEach((period, range) -> f.values(period).forEach((code, v) -> {
            jdbc.sql("""
                    insert into report_figure(report_id, period_name, period_start, period_end, code, label, figure_value, by_json, names_json, citations_json)
                    values (:r, :p, :s, :e, :c, :l, :v, :b, :n, :ci)""")
                    .param("r", reportId).param("p", period).param("s", range.start()).param("e", range.end())
                    .param("c", code).param("l", f.label(code)).param("v", v.value())
                    .param("b", json.writeValueAsString(v.by())).param("n", json.writeValueAsString(v.names()))
                    .param("ci", json.writeValueAsString(v.citations())).update();
            long figureId = jdbc.sql("select id from report_figure where report_id = :r and period_name = :p and code = :c")
                    .param("r", reportId).param("p", period).param("c", code).query(Long.class).single();
            int pos = 0;
            for (RecordRef rec : v.records()) {
                jdbc.sql("""
                        insert into report_figure_record(figure_id, position, record_type, record_id, label, href, detail, citations_json)
                        values (:f, :pos, :t, :id, :l, :h, :d, :c)""")
                        .param("f", figureId).param("pos", pos++).param("t", rec.type()).param("id", rec.id())
                        .param("l", rec.label()).param("h", rec.href()).param("d", rec.detail())
                        .param("c", json.writeValueAsString(rec.citations())).update();
            }
        }));
    }

    public FigureSet load(long reportId, Map<String, DateRange> ranges) {
        record Row(long id, String periodName, LocalDate periodStart, LocalDate periodEnd, String code, String label, Long figureValue,
                   String byJson, String namesJson, String citationsJson) {
        }
        List<Row> rows = jdbc.sql("select id, period_name, period_start, period_end, code, label, figure_value, by_json, names_json, citations_json "
                + "from report_figure where report_id = :r order by period_name, code").param("r", reportId).query(Rows.of(Row.class)).list();
        Map<Long, List<RecordRef>> records = new LinkedHashMap<>();
        jdbc.sql("""
                select fr.figure_id, fr.record_type, fr.record_id, fr.label, fr.href, fr.detail, fr.citations_json
                from report_figure_record fr join report_figure f on f.id = fr.figure_id
                where f.report_id = :r order by fr.figure_id, fr.position""").param("r", reportId)
                .query((rs, i) -> {
                    records.computeIfAbsent(rs.getLong("figure_id"), k -> new ArrayList<>()).add(new RecordRef(rs.getString("record_type"),
                            rs.getLong("record_id"), rs.getString("label"), rs.getString("href"), rs.getString("detail"),
                            json.readValue(rs.getString("citations_json"), DOCS)));
                    return 0;
                }).list();
        Map<String, SortedMap<String, IndicatorValue>> values = new LinkedHashMap<>();
        Map<String, String> labels = new TreeMap<>();
        for (Row r : rows) {
            SortedMap<String, SortedMap<String, Long>> by = new TreeMap<>(json.readValue(r.byJson(), BY));
            values.computeIfAbsent(r.periodName(), k -> new TreeMap<>()).put(r.code(), new IndicatorValue(r.figureValue(), by,
                    json.readValue(r.namesJson(), NAMES), json.readValue(r.citationsJson(), DOCS), records.getOrDefault(r.id(), List.of())));
            labels.put(r.code(), r.label());
        }
        return new FigureSet(ranges, values, labels);
    }
}
