package vn.gov.khcn.drafting.internal;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.khcn.drafting.Draft;
import vn.gov.khcn.reporting.DateRange;
import vn.gov.khcn.reporting.Indicator;
import vn.gov.khcn.reporting.IndicatorProvider;
import vn.gov.khcn.reporting.IndicatorValue;
import vn.gov.khcn.reporting.RecordRef;
import vn.gov.khcn.shared.Rows;

/**
 * drafting.inProgress: drafts begun by P.end and not issued by P.end; drafting.normativeInProgress: those of them that
 * are legal normative documents (VBQPPL), by the body that issues them, so that the VBQPPL a report counts and their
 * parts by body add up.
 */
@Component
record DraftingIndicators(JdbcClient jdbc) implements IndicatorProvider {
    @Override
    public List<Indicator> indicators() {
        return List.of(new Indicator("drafting.inProgress", "Dự thảo văn bản đang xây dựng", List.of("body", "normative"), this::inProgress),
                new Indicator("drafting.normativeInProgress", "Dự thảo văn bản quy phạm pháp luật đang xây dựng", List.of("body"),
                        this::normativeInProgress));
    }

    IndicatorValue inProgress(DateRange p) {
        return value(inProgressDrafts(p).toList());
    }

    IndicatorValue normativeInProgress(DateRange p) {
        IndicatorValue all = value(inProgressDrafts(p).filter(Draft::normative).toList());
        SortedMap<String, SortedMap<String, Long>> by = new TreeMap<>();
        by.put("body", all.by().get("body"));
        return new IndicatorValue(all.value(), by, null, null, all.records());
    }

    private java.util.stream.Stream<Draft> inProgressDrafts(DateRange p) {
        return jdbc.sql("""
                select id, title, body, normative, unit, stage, begun_on, issued_on, version from draft
                where begun_on <= :e and (issued_on is null or issued_on > :e) order by begun_on, id""")
                .param("e", p.end()).query(Rows.of(Draft.class)).list().stream();
    }

    private static IndicatorValue value(List<Draft> drafts) {
        SortedMap<String, Long> body = new TreeMap<>();
        SortedMap<String, Long> normative = new TreeMap<>();
        for (Draft d : drafts) {
            body.merge(d.body().name(), 1L, Long::sum);
            normative.merge(String.valueOf(d.normative()), 1L, Long::sum);
        }
        SortedMap<String, SortedMap<String, Long>> by = new TreeMap<>();
        by.put("body", body);
        by.put("normative", normative);
        List<RecordRef> refs = drafts.stream()
                .map(d -> new RecordRef("draft", d.id(), d.title(), "/drafts/" + d.id(), d.body().label(), List.of())).toList();
        return new IndicatorValue((long) drafts.size(), by, null, null, refs);
    }
}
