package vn.gov.khcn.tasks.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.khcn.documents.Document;
import vn.gov.khcn.documents.DocumentRef;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.reporting.DateRange;
import vn.gov.khcn.reporting.Indicator;
import vn.gov.khcn.reporting.IndicatorProvider;
import vn.gov.khcn.reporting.IndicatorValue;
import vn.gov.khcn.reporting.RecordRef;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.Rows;

/**
 * The {@code tasks.*} indicators of indicators.md, each one SQL query over the tasks and their
 * counting events (view {@code task_event_active}: corrections and voided events left out). A task is
 * open during P when it has no CERTIFIED or TERMINATED event dated before P.start.
 */
@Component
record TaskIndicators(JdbcClient jdbc, Documents documents) implements IndicatorProvider {
    private static final String OPEN = """
            not exists (select 1 from task_event_active x where x.task_id = t.id
                        and x.kind in ('CERTIFIED', 'TERMINATED') and x.event_date < :start)""";
    private static final String TASK_COLS = "t.id as task_id, t.title, t.level, t.start_year, t.rural_management";

    /** One counted row: a task, and the event that counted it (null for task-state indicators). */
    record Row(long taskId, String title, String level, int startYear, String ruralManagement, Long eventId, String rating) {
    }

    @Override
    public List<Indicator> indicators() {
        return labelled(
                new Indicator("tasks.managed", "Nhiệm vụ KH&CN đang quản lý, theo dõi", List.of("level", "origin", "origin/level"), this::managed),
                new Indicator("tasks.implementing", "Nhiệm vụ KH&CN đang triển khai thực hiện", List.of("level"), this::implementing),
                new Indicator("tasks.submittedForApproval", "Nhiệm vụ KH&CN trình phê duyệt", List.of("level"),
                        p -> distinctTasks("SUBMITTED_FOR_APPROVAL", p, "level")),
                new Indicator("tasks.acceptanceCouncilsFormed", "Hội đồng nghiệm thu được thành lập", List.of("level"),
                        p -> events("ACCEPTANCE_COUNCIL_FORMED", p)),
                new Indicator("tasks.accepted", "Nhiệm vụ được hội đồng nghiệm thu đánh giá", List.of("rating", "level"),
                        p -> value(eventRows("ACCEPTED", p), Map.of("rating", Row::rating, "level", Row::level), citations("ACCEPTED", p))),
                new Indicator("tasks.councilsHeld", "Hội đồng đã họp (tuyển chọn, giao trực tiếp; nghiệm thu)", List.of("kind", "level"),
                        this::councilsHeld),
                new Indicator("tasks.resultsRecognised", "Nhiệm vụ được công nhận kết quả", List.of("level"),
                        p -> events("RESULTS_RECOGNISED", p)),
                new Indicator("tasks.certified", "Nhiệm vụ được cấp giấy chứng nhận kết quả thực hiện", List.of("level"),
                        p -> events("CERTIFIED", p)),
                new Indicator("tasks.progressChecked", "Nhiệm vụ được kiểm tra tiến độ, xác định khối lượng", List.of("level"),
                        p -> distinctTasks("PROGRESS_CHECKED", p, "level")),
                new Indicator("tasks.adjustmentRequested", "Nhiệm vụ được đề nghị điều chỉnh", List.of("level"),
                        p -> distinctTasks("ADJUSTMENT_REQUESTED", p, "level")),
                new Indicator("tasks.resultsTransferred", "Nhiệm vụ được giao quyền sử dụng, chuyển giao kết quả", List.of(),
                        p -> distinctTasks("RESULTS_TRANSFERRED", p)),
                new Indicator("tasks.resultsApplied", "Nhiệm vụ có kết quả được ứng dụng vào sản xuất, đời sống", List.of("level"),
                        p -> distinctTasks("RESULTS_APPLIED", p, "level")),
                new Indicator("tasks.resultsRecipients", "Đơn vị nhận kết quả nhiệm vụ", List.of(), this::recipients),
                new Indicator("tasks.listedNextYear", "Nhiệm vụ bắt đầu thực hiện năm sau được đưa vào danh mục",
                        List.of("level", "management"), this::listedNextYear),
                new Indicator("tasks.appraisedNextYear", "Nhiệm vụ bắt đầu thực hiện năm sau đã được thẩm định", List.of("level"),
                        this::appraisedNextYear));
    }

    /** The indicators with the labels of their parts: levels and ratings from their vocabularies. */
    private List<Indicator> labelled(Indicator... indicators) {
        return java.util.Arrays.stream(indicators)
                .map(i -> new Indicator(i.code(), i.label(), i.dimensions(), i.definition(), this::partLabels)).toList();
    }

    Map<String, String> partLabels(String dimension) {
        Map<String, String> out = new LinkedHashMap<>();
        if (dimension.equals("level")) {
            jdbc.sql("select code, label from vocabulary_entry where list_key = 'TASK_LEVEL' order by position, code")
                    .query((rs, i) -> out.put(rs.getString(1), rs.getString(2))).list();
        } else if (dimension.equals("kind")) {
            jdbc.sql("select code, label from vocabulary_entry where list_key = 'COUNCIL_KIND' order by position, code")
                    .query((rs, i) -> out.put(rs.getString(1), rs.getString(2))).list();
        } else if (dimension.equals("rating")) {
            jdbc.sql("select code, label from task_rating order by sort_order, code")
                    .query((rs, i) -> out.put(rs.getString(1), rs.getString(2))).list();
        }
        return out;
    }

    IndicatorValue managed(DateRange p) {
        List<Row> rows = jdbc.sql("select " + TASK_COLS + ", cast(null as bigint) as event_id, cast(null as varchar) as rating from task t"
                        + " where exists (select 1 from task_event_active l where l.task_id = t.id and l.kind = 'LISTED' and l.event_date <= :end)"
                        + " and t.start_year <= :y and " + OPEN + " order by t.id")
                .param("end", p.end()).param("y", p.year()).param("start", p.start()).query(Rows.of(Row.class)).list();
        Function<Row, String> origin = r -> r.startYear() < p.year() ? "CARRIED_OVER" : "NEW";
        return value(rows, Map.of("level", Row::level, "origin", origin, "origin/level", r -> origin.apply(r) + "/" + r.level()), List.of());
    }

    /** Councils whose meeting date is in P (one per council; a council formed but not yet met is not counted), by kind and task level. */
    IndicatorValue councilsHeld(DateRange p) {
        record Held(long id, long taskId, String title, String kind, String level, LocalDate meetingDate) {
        }
        List<Held> rows = jdbc.sql("select c.id, c.task_id, t.title, c.kind, t.level, c.meeting_date from task_council c join task t on t.id = c.task_id"
                        + " where c.meeting_date between :start and :end order by c.meeting_date, c.id")
                .param("start", p.start()).param("end", p.end()).query(Rows.of(Held.class)).list();
        SortedMap<String, SortedMap<String, Long>> by = new TreeMap<>();
        SortedMap<String, Long> kind = new TreeMap<>();
        SortedMap<String, Long> level = new TreeMap<>();
        rows.forEach(r -> {
            kind.merge(r.kind(), 1L, Long::sum);
            level.merge(r.level(), 1L, Long::sum);
        });
        by.put("kind", kind);
        by.put("level", level);
        Map<String, String> kinds = partLabels("kind");
        List<RecordRef> refs = rows.stream().map(r -> new RecordRef("taskCouncil", r.id(), r.title(), "/tasks/" + r.taskId(),
                kinds.getOrDefault(r.kind(), r.kind()) + " họp ngày " + Formats.date(r.meetingDate()), List.of())).toList();
        return new IndicatorValue((long) rows.size(), by, null, null, refs);
    }

    IndicatorValue implementing(DateRange p) {
        List<Row> rows = jdbc.sql("select " + TASK_COLS + ", cast(null as bigint) as event_id, cast(null as varchar) as rating from task t"
                        + " where exists (select 1 from task_event_active c where c.task_id = t.id and c.kind = 'CONTRACTED' and c.event_date <= :end)"
                        + " and " + OPEN + " order by t.id")
                .param("end", p.end()).param("start", p.start()).query(Rows.of(Row.class)).list();
        return value(rows, Map.of("level", Row::level), List.of());
    }

    IndicatorValue recipients(DateRange p) {
        record Org(long id, String name) {
        }
        List<Org> orgs = jdbc.sql("""
                select distinct o.id, o.name from task_event_active e
                join task_event_recipient r on r.event_id = e.id join organisation o on o.id = r.organisation_id
                where e.kind = 'RESULTS_TRANSFERRED' and e.event_date between :start and :end order by o.name, o.id""")
                .param("start", p.start()).param("end", p.end()).query(Rows.of(Org.class)).list();
        return new IndicatorValue((long) orgs.size(), null, orgs.stream().map(Org::name).toList(), citations("RESULTS_TRANSFERRED", p),
                orgs.stream().map(o -> new RecordRef("organisation", o.id(), o.name(), "/organisations/" + o.id())).toList());
    }

    /** The LISTED events of P of the tasks that start next year (joined to their task as {@link #EVENTS} is). */
    private static final String LISTED_NEXT_YEAR = " e.kind = 'LISTED' and e.event_date between :start and :end and t.start_year = :y1";

    IndicatorValue listedNextYear(DateRange p) {
        List<Row> rows = jdbc.sql("select " + TASK_COLS + ", e.id as event_id, cast(null as varchar) as rating" + EVENTS + LISTED_NEXT_YEAR
                        + " order by t.id")
                .param("start", p.start()).param("end", p.end()).param("y1", p.year() + 1).query(Rows.of(Row.class)).list();
        List<DocumentRef> citations = citations(LISTED_NEXT_YEAR, Map.of("start", p.start(), "end", p.end(), "y1", p.year() + 1));
        IndicatorValue v = value(rows, Map.of("level", Row::level), citations);
        SortedMap<String, Long> management = new TreeMap<>();
        rows.stream().filter(r -> "RURAL_MOUNTAIN".equals(r.level()) && r.ruralManagement() != null)
                .forEach(r -> management.merge(r.ruralManagement(), 1L, Long::sum));
        v.by().put("management", management);
        return v;
    }

    IndicatorValue appraisedNextYear(DateRange p) {
        List<Row> rows = jdbc.sql("select " + TASK_COLS + ", cast(null as bigint) as event_id, cast(null as varchar) as rating from task t"
                        + " where exists (select 1 from task_event_active l where l.task_id = t.id and l.kind = 'LISTED' and l.event_date between :start and :end)"
                        + " and exists (select 1 from task_event_active a where a.task_id = t.id and a.kind = 'APPRAISED' and a.event_date <= :end)"
                        + " and t.start_year = :y1 order by t.id")
                .param("start", p.start()).param("end", p.end()).param("y1", p.year() + 1).query(Rows.of(Row.class)).list();
        return value(rows, Map.of("level", Row::level), List.of());
    }

    /** The counting events joined to their task; a predicate over {@code e} and {@code t} follows. */
    private static final String EVENTS = " from task_event_active e join task t on t.id = e.task_id where";
    /** The events of one kind dated in P: read by {@code task_event_kind_date}. */
    private static final String OF_KIND = " e.kind = :k and e.event_date between :start and :end";

    private List<Row> eventRows(String kind, DateRange p) {
        return jdbc.sql("select " + TASK_COLS + ", e.id as event_id, e.rating" + EVENTS + OF_KIND + " order by e.event_date, e.id")
                .param("k", kind).param("start", p.start()).param("end", p.end()).query(Rows.of(Row.class)).list();
    }

    /** Counts the events of a kind in P (each one), by level, citing their documents. */
    private IndicatorValue events(String kind, DateRange p) {
        return value(eventRows(kind, p), Map.of("level", Row::level), citations(kind, p));
    }

    /** Counts the distinct tasks of the events of a kind in P; citations are those of all the counted events. */
    private IndicatorValue distinctTasks(String kind, DateRange p, String... dimensions) {
        List<Row> rows = eventRows(kind, p);
        Map<Long, Row> byTask = new LinkedHashMap<>();
        rows.forEach(r -> byTask.putIfAbsent(r.taskId(), r));
        Map<String, Function<Row, String>> dims = new LinkedHashMap<>();
        for (String d : dimensions) {
            dims.put(d, Row::level);
        }
        return value(new ArrayList<>(byTask.values()), dims, citations(kind, p));
    }

    private static IndicatorValue value(List<Row> rows, Map<String, Function<Row, String>> dims, List<DocumentRef> citations) {
        SortedMap<String, SortedMap<String, Long>> by = new TreeMap<>();
        dims.forEach((name, key) -> {
            SortedMap<String, Long> parts = new TreeMap<>();
            rows.forEach(r -> parts.merge(key.apply(r), 1L, Long::sum));
            by.put(name, parts);
        });
        List<RecordRef> records = rows.stream().map(r -> new RecordRef("task", r.taskId(), r.title(), "/tasks/" + r.taskId())).toList();
        List<String> names = rows.stream().map(Row::title).distinct().toList();
        return new IndicatorValue((long) rows.size(), by, names, citations, records);
    }

    private List<DocumentRef> citations(String kind, DateRange p) {
        return citations(OF_KIND, Map.of("k", kind, "start", p.start(), "end", p.end()));
    }

    /**
     * The documents the counted events cite, oldest first: one query over the same events (the predicate the figure's
     * rows were selected by), so its text does not depend on how many events there are and its plan is cached.
     */
    private List<DocumentRef> citations(String eventPredicate, Map<String, Object> params) {
        Set<Long> docIds = new LinkedHashSet<>(jdbc.sql("select d.document_id from task_event_active e join task t on t.id = e.task_id"
                + " join task_event_document d on d.event_id = e.id join document doc on doc.id = d.document_id"
                + " where" + eventPredicate + " order by doc.issued_on, doc.id")
                .params(params).query(Long.class).list());
        if (docIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Document> docs = documents.byIds(docIds);
        return docIds.stream().map(docs::get).filter(java.util.Objects::nonNull).map(Document::ref).toList();
    }

    static boolean within(DateRange p, LocalDate d) {
        return p.contains(d);
    }
}
