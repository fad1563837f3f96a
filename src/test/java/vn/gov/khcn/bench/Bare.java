package vn.gov.khcn.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.khcn.reporting.DateRange;

/**
 * The bare SQL aggregates that answer the figures of the big registers' indicators (the tasks and the verifications):
 * GROUP BY counts over the same rows and the same rules (the view {@code task_event_active}), without the records,
 * names and citations the indicators also return. The other registers' indicators read the demo's few rows.
 */
final class Bare {
    private static final String OPEN = "not exists (select 1 from task_event_active x where x.task_id = t.id"
            + " and x.kind in ('CERTIFIED', 'TERMINATED') and x.event_date < :start)";

    private Bare() {
    }

    /** A bare aggregate over a period (params :start, :end, :y the period's year, :y1 the next year). */
    record Query(String sql) {
        Object run(JdbcClient jdbc, DateRange r) {
            var spec = jdbc.sql(sql);
            if (sql.contains(":start")) {
                spec = spec.param("start", r.start());
            }
            if (sql.contains(":end")) {
                spec = spec.param("end", r.end());
            }
            if (sql.contains(":y1")) {
                spec = spec.param("y1", r.year() + 1);
            }
            if (sql.replace(":y1", "").contains(":y")) {
                spec = spec.param("y", r.year());
            }
            return spec.query().listOfRows();
        }
    }

    static Map<String, Query> queries() {
        Map<String, Query> q = new LinkedHashMap<>();
        q.put("metrology.verifications", new Query("select result, type_code, count(*) from verification"
                + " where verified_on between :start and :end group by result, type_code"));
        q.put("tasks.managed", new Query("select level, carried, count(*) from (select t.level, case when t.start_year < :y then 1 else 0 end"
                + " as carried from task t where exists (select 1 from task_event_active l where l.task_id = t.id and l.kind = 'LISTED'"
                + " and l.event_date <= :end) and t.start_year <= :y and " + OPEN + ") m group by level, carried"));
        q.put("tasks.implementing", new Query("select t.level, count(*) from task t"
                + " where exists (select 1 from task_event_active c where c.task_id = t.id and c.kind = 'CONTRACTED' and c.event_date <= :end)"
                + " and " + OPEN + " group by t.level"));
        for (String[] d : new String[][]{{"tasks.submittedForApproval", "SUBMITTED_FOR_APPROVAL"}, {"tasks.progressChecked", "PROGRESS_CHECKED"},
                {"tasks.adjustmentRequested", "ADJUSTMENT_REQUESTED"}}) {
            q.put(d[0], new Query("select t.level, count(distinct t.id) from task_event_active e join task t on t.id = e.task_id"
                    + " where e.kind = '" + d[1] + "' and e.event_date between :start and :end group by t.level"));
        }
        q.put("tasks.resultsTransferred", new Query("select count(distinct e.task_id) from task_event_active e"
                + " where e.kind = 'RESULTS_TRANSFERRED' and e.event_date between :start and :end"));
        for (String[] d : new String[][]{{"tasks.acceptanceCouncilsFormed", "ACCEPTANCE_COUNCIL_FORMED"}, {"tasks.resultsRecognised", "RESULTS_RECOGNISED"},
                {"tasks.certified", "CERTIFIED"}}) {
            q.put(d[0], new Query("select t.level, count(*) from task_event_active e join task t on t.id = e.task_id"
                    + " where e.kind = '" + d[1] + "' and e.event_date between :start and :end group by t.level"));
        }
        q.put("tasks.accepted", new Query("select e.rating, t.level, count(*) from task_event_active e join task t on t.id = e.task_id"
                + " where e.kind = 'ACCEPTED' and e.event_date between :start and :end group by e.rating, t.level"));
        q.put("tasks.councilsHeld", new Query("select c.kind, t.level, count(*) from task_council c join task t on t.id = c.task_id"
                + " where c.meeting_date between :start and :end group by c.kind, t.level"));
        q.put("tasks.resultsRecipients", new Query("select count(distinct r.organisation_id) from task_event_active e"
                + " join task_event_recipient r on r.event_id = e.id where e.kind = 'RESULTS_TRANSFERRED' and e.event_date between :start and :end"));
        q.put("tasks.listedNextYear", new Query("select t.level, t.rural_management, count(*) from task t"
                + " join task_event_active e on e.task_id = t.id and e.kind = 'LISTED'"
                + " where e.event_date between :start and :end and t.start_year = :y1 group by t.level, t.rural_management"));
        q.put("tasks.appraisedNextYear", new Query("select t.level, count(*) from task t"
                + " where exists (select 1 from task_event_active l where l.task_id = t.id and l.kind = 'LISTED' and l.event_date between :start and :end)"
                + " and exists (select 1 from task_event_active a where a.task_id = t.id and a.kind = 'APPRAISED' and a.event_date <= :end)"
                + " and t.start_year = :y1 group by t.level"));
        return q;
    }

    /** The indicators' own main queries, for EXPLAIN ANALYZE (as the providers send them, with the records they fetch). */
    static Map<String, String> explained() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("tasks.listedNextYear", "select t.id as task_id, t.title, t.level, t.start_year, t.rural_management, e.id as event_id from task t"
                + " join task_event_active e on e.task_id = t.id and e.kind = 'LISTED'"
                + " where e.event_date between :start and :end and t.start_year = :y1 order by t.id");
        q.put("tasks.listedNextYear: its citations", "select d.document_id from task_event_active e join task t on t.id = e.task_id"
                + " join task_event_document d on d.event_id = e.id join document doc on doc.id = d.document_id"
                + " where e.kind = 'LISTED' and e.event_date between :start and :end and t.start_year = :y1 order by doc.issued_on, doc.id");
        q.put("tasks.certified: its citations", "select d.document_id from task_event_active e join task t on t.id = e.task_id"
                + " join task_event_document d on d.event_id = e.id join document doc on doc.id = d.document_id"
                + " where e.kind = 'CERTIFIED' and e.event_date between :start and :end order by doc.issued_on, doc.id");
        q.put("tasks.resultsRecipients", "select distinct o.id, o.name from task_event_active e join task_event_recipient r on r.event_id = e.id"
                + " join organisation o on o.id = r.organisation_id where e.kind = 'RESULTS_TRANSFERRED' and e.event_date between :start and :end"
                + " order by o.name, o.id");
        q.put("tasks.managed", "select t.id, t.level from task t where exists (select 1 from task_event_active l where l.task_id = t.id"
                + " and l.kind = 'LISTED' and l.event_date <= :end) and t.start_year <= :y and " + OPEN + " order by t.id");
        q.put("metrology.verifications", queries().get("metrology.verifications").sql());
        q.put("Metrology.dueCount", "select count(*) from verification v where v.result = 'PASS' and v.superseded = false and v.next_due_on <= :h");
        q.put("Metrology.due first page", "select v.id, v.serial, t.name, o.name, v.verified_on, v.next_due_on from verification v"
                + " join instrument_type t on t.code = v.type_code join organisation o on o.id = v.owner_id"
                + " where v.result = 'PASS' and v.superseded = false and v.next_due_on <= :h order by v.next_due_on, v.id limit 50");
        return q;
    }
}
