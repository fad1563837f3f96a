package vn.gov.khcn.identity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.Rows;

/**
 * The audit trail: who changed which record when, with the values before and after. Rows are only
 * ever added; no page or API edits or deletes them.
 */
@Component
public class AuditTrail {
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final JdbcClient cursor;
    private final RecordGeneration generation;

    AuditTrail(JdbcClient jdbc, JsonMapper json, Clock clock, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.generation = new RecordGeneration(jdbc);
        var t = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        t.setFetchSize(1000);
        this.cursor = JdbcClient.create(new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(t));
        this.json = json;
        this.clock = clock;
    }

    public void record(String entityType, long entityId, String action, Object before, Object after) {
        record(entityType, entityId, action, before, after, null);
    }

    public void record(String entityType, long entityId, String action, Object before, Object after, String reason) {
        jdbc.sql("""
                insert into audit_log(at, username, entity_type, entity_id, action, before_json, after_json, reason)
                values (:at, :u, :t, :id, :a, :b, :af, :r)""")
                .param("at", OffsetDateTime.now(clock))
                .param("u", CurrentUser.get().username())
                .param("t", entityType)
                .param("id", entityId)
                .param("a", action)
                .param("b", before == null ? null : json.writeValueAsString(before))
                .param("af", after == null ? null : json.writeValueAsString(after))
                .param("r", reason)
                .update();
        changed();
    }

    /**
     * The generation of the records: it changes whenever a transaction that changed a record commits (every write is
     * audited; a bulk write that audits by itself calls {@link #changed}), on every node, and only then, so a figure
     * computed after reading it is right while it reads the same. See {@link RecordGeneration}.
     */
    public long generation() {
        return generation.current();
    }

    /** Records were changed by the current transaction (or, outside one, just now): the generation is raised at commit. */
    public void changed() {
        generation.changed();
    }

    /** Whether the current transaction has changed records it has not committed yet: what it reads is not for a cache. */
    public boolean changesPending() {
        return generation.pending();
    }

    public List<AuditEntry> history(String entityType, long entityId) {
        return jdbc.sql("select * from audit_log where entity_type = :t and entity_id = :id order by id desc")
                .param("t", entityType).param("id", entityId)
                .query(Rows.of(AuditEntry.class)).list();
    }

    /** The audit page's query: filters may be null. */
    private static final String WHERE = """
            where (cast(:u as varchar) is null or username = :u)
              and (cast(:t as varchar) is null or entity_type = :t)
              and (cast(:id as bigint) is null or entity_id = :id)
              and (cast(:f as timestamp) is null or at >= :f)
              and (cast(:to as timestamp) is null or at < :to)""";

    public PageResult<AuditEntry> search(String username, String entityType, Long entityId,
                                         java.time.LocalDate from, java.time.LocalDate to, int page, int size) {
        String where = WHERE;
        var from0 = from == null ? null : from.atStartOfDay();
        var to0 = to == null ? null : to.plusDays(1).atStartOfDay();
        long total = jdbc.sql("select count(*) from audit_log " + where)
                .param("u", username).param("t", entityType).param("id", entityId).param("f", from0).param("to", to0)
                .query(Long.class).single();
        List<AuditEntry> items = jdbc.sql("select * from audit_log " + where + " order by id desc limit :lim offset :off")
                .param("u", username).param("t", entityType).param("id", entityId).param("f", from0).param("to", to0)
                .param("lim", size).param("off", (long) page * size)
                .query(Rows.of(AuditEntry.class)).list();
        return new PageResult<>(items, page, size, total);
    }

    /** Every entry the audit page's filters select, newest first, one at a time (a cursor: constant memory). */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public void stream(String username, String entityType, Long entityId, java.time.LocalDate from, java.time.LocalDate to,
                       java.util.function.Consumer<AuditEntry> each) {
        try (var rows = cursor.sql("select * from audit_log " + WHERE + " order by id desc")
                .param("u", username).param("t", entityType).param("id", entityId)
                .param("f", from == null ? null : from.atStartOfDay()).param("to", to == null ? null : to.plusDays(1).atStartOfDay())
                .query(Rows.of(AuditEntry.class)).stream()) {
            rows.forEach(each);
        }
    }

    public record AuditEntry(long id, OffsetDateTime at, String username, String entityType, long entityId,
                             String action, String beforeJson, String afterJson, String reason) {
    }
}
