package vn.gov.khcn.tasks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.khcn.documents.Document;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.organisations.Organisation;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.Rows;
import vn.gov.khcn.shared.VietnameseText;

/** The read side of the register: events, councils, budget and the searched list, in plain SQL. */
final class TaskReads {
    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final Documents documents;

    TaskReads(JdbcClient jdbc, Organisations organisations, Documents documents) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.documents = documents;
    }

    private record EventRow(long id, long taskId, String kind, java.time.LocalDate eventDate, String rating, String note,
                            Long correctsEventId, String reason) {
    }

    private record Link(long eventId, long otherId) {
    }

    List<TaskEvent> events(long taskId) {
        List<EventRow> rows = jdbc.sql("""
                select id, task_id, kind, event_date, rating, note, corrects_event_id, reason
                from task_event where task_id = :t order by id""").param("t", taskId).query(Rows.of(EventRow.class)).list();
        Map<Long, List<Long>> docs = links("select d.event_id, d.document_id from task_event_document d join task_event e on e.id = d.event_id where e.task_id = :t order by d.document_id", taskId);
        Map<Long, List<Long>> recs = links("select r.event_id, r.organisation_id from task_event_recipient r join task_event e on e.id = r.event_id where e.task_id = :t order by r.organisation_id", taskId);
        return rows.stream().map(r -> new TaskEvent(r.id(), r.taskId(), EventKind.valueOf(r.kind()), r.eventDate(), r.rating(),
                r.note(), r.correctsEventId(), r.reason(), docs.getOrDefault(r.id(), List.of()), recs.getOrDefault(r.id(), List.of()))).toList();
    }

    private Map<Long, List<Long>> links(String sql, long taskId) {
        return jdbc.sql(sql).param("t", taskId).query((rs, i) -> new Link(rs.getLong(1), rs.getLong(2))).list().stream()
                .collect(Collectors.groupingBy(Link::eventId, LinkedHashMap::new, Collectors.mapping(Link::otherId, Collectors.toList())));
    }

    TaskDetails details(TaskFacts t) {
        List<TaskEvent> all = events(t.id());
        Set<Long> voided = all.stream().map(TaskEvent::correctsEventId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Set<Long> docIds = new HashSet<>();
        Set<Long> orgIds = new HashSet<>();
        all.forEach(e -> {
            docIds.addAll(e.documentIds());
            orgIds.addAll(e.recipientIds());
        });
        if (t.hostId() != null) {
            orgIds.add(t.hostId());
        }
        Map<Long, Document> docs = documents.byIds(docIds);
        Map<Long, Organisation> orgs = organisations.byIds(orgIds);
        Map<String, String> ratingLabels = ratings().stream().collect(Collectors.toMap(Rating::code, Rating::label));
        List<EventView> views = new ArrayList<>();
        for (TaskEvent e : all) {
            views.add(new EventView(e, e.documentIds().stream().map(docs::get).filter(java.util.Objects::nonNull).map(Document::ref).toList(),
                    e.recipientIds().stream().map(orgs::get).filter(java.util.Objects::nonNull).map(Organisation::name).toList(),
                    e.rating() == null ? null : ratingLabels.get(e.rating()), voided.contains(e.id())));
        }
        String host = t.hostId() == null || orgs.get(t.hostId()) == null ? null : orgs.get(t.hostId()).name();
        return new TaskDetails(t, host, views, councils(t.id()), budget(t.id()));
    }

    private record CouncilRow(long id, long taskId, String kind, java.time.LocalDate formedOn, java.time.LocalDate meetingDate,
                              String outcome, Long documentId) {
    }

    private record MemberRow(long councilId, String name, String role) {
    }

    List<Council> councils(long taskId) {
        List<CouncilRow> rows = jdbc.sql("""
                select id, task_id, kind, formed_on, meeting_date, outcome, document_id from task_council
                where task_id = :t order by formed_on, id""").param("t", taskId).query(Rows.of(CouncilRow.class)).list();
        Map<Long, List<CouncilMember>> members = jdbc.sql("""
                select m.council_id, m.name, m.role from task_council_member m join task_council c on c.id = m.council_id
                where c.task_id = :t order by m.council_id, m.sort_order""").param("t", taskId).query(Rows.of(MemberRow.class)).list()
                .stream().collect(Collectors.groupingBy(MemberRow::councilId, Collectors.mapping(m -> new CouncilMember(m.name(), m.role()), Collectors.toList())));
        Map<Long, Document> docs = documents.byIds(rows.stream().map(CouncilRow::documentId).filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        return rows.stream().map(r -> new Council(r.id(), r.taskId(), CouncilKind.valueOf(r.kind()), r.formedOn(), r.meetingDate(), r.outcome(),
                r.documentId() == null || docs.get(r.documentId()) == null ? null : docs.get(r.documentId()).ref(),
                members.getOrDefault(r.id(), List.of()))).toList();
    }

    private record BudgetRow(long id, long taskId, java.time.LocalDate amendedOn, long stateBudget, long otherSources, Long documentId, String note) {
    }

    List<BudgetAmendment> budget(long taskId) {
        List<BudgetRow> rows = jdbc.sql("""
                select id, task_id, amended_on, state_budget, other_sources, document_id, note from task_budget_amendment
                where task_id = :t order by amended_on, id""").param("t", taskId).query(Rows.of(BudgetRow.class)).list();
        Map<Long, Document> docs = documents.byIds(rows.stream().map(BudgetRow::documentId).filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        return rows.stream().map(r -> new BudgetAmendment(r.id(), r.taskId(), r.amendedOn(), r.stateBudget(), r.otherSources(),
                r.documentId() == null || docs.get(r.documentId()) == null ? null : docs.get(r.documentId()).ref(), r.note())).toList();
    }

    /** Every rating, retired ones too (what old events name). */
    List<Rating> ratings() {
        return jdbc.sql("select code, label, passing from task_rating order by sort_order, code").query(Rows.of(Rating.class)).list();
    }

    /** The ratings a council may give now: not retired, in order. */
    List<Rating> currentRatings() {
        return jdbc.sql("select code, label, passing from task_rating where retired = false order by sort_order, code").query(Rows.of(Rating.class)).list();
    }

    Set<String> passingRatings() {
        return ratings().stream().filter(Rating::passing).map(Rating::code).collect(Collectors.toSet());
    }

    private static final String FROM = """
            from task t left join organisation o on o.id = t.host_id
            where (cast(:q as varchar) is null or t.title_folded like :q or t.investigator_folded like :q or o.name_folded like :q
                   or lower(t.code) like :q)
              and (cast(:level as varchar) is null or t.level = :level)
              and (cast(:status as varchar) is null or t.status = :status)
              and (cast(:sy as integer) is null or t.start_year = :sy)
              and (cast(:host as bigint) is null or t.host_id = :host)""";

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec s, TaskQuery q) {
        String folded = q.q() == null || q.q().isBlank() ? null : "%" + VietnameseText.fold(q.q()) + "%";
        return s.param("q", folded).param("level", q.level() == null ? null : q.level().name())
                .param("status", q.status() == null ? null : q.status().name()).param("sy", q.startYear()).param("host", q.hostId());
    }

    PageResult<TaskSummary> search(TaskQuery q, int page, int size) {
        long total = bind(jdbc.sql("select count(*) " + FROM), q).query(Long.class).single();
        List<TaskSummary> items = bind(jdbc.sql("""
                select t.id, t.code, t.title, t.kind, t.level, t.start_year, o.name as host_name, t.investigator, t.status
                """ + FROM + " order by t.start_year desc, t.code, t.id limit :lim offset :off"), q)
                .param("lim", size).param("off", (long) page * size).query(Rows.of(TaskSummary.class)).list();
        return new PageResult<>(items, page, size, total);
    }

    /** Every task the list's filters select, in the list's order, one at a time (exports). */
    void stream(TaskQuery q, String cols, java.util.function.Consumer<TaskFacts> each) {
        try (var rows = bind(jdbc.sql("select " + cols + " " + FROM + " order by t.start_year desc, t.code, t.id"), q)
                .query(Rows.of(TaskFacts.class)).stream()) {
            rows.forEach(each);
        }
    }

    Map<String, Long> countsByStatus(TaskQuery q) {
        Map<String, Long> out = new LinkedHashMap<>();
        bind(jdbc.sql("select t.status, count(*) " + FROM + " group by t.status order by t.status"), q)
                .query((rs, i) -> Map.entry(rs.getString(1) == null ? "" : rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    static Collection<Long> nonNull(Collection<Long> ids) {
        return ids.stream().filter(java.util.Objects::nonNull).toList();
    }
}
