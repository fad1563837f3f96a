package vn.gov.khcn.exchange.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.khcn.exchange.ImportError;
import vn.gov.khcn.exchange.ImportRecord;
import vn.gov.khcn.shared.NodeName;
import vn.gov.khcn.shared.Rows;

/**
 * The exchange_import table. Every write here runs in its own transaction, so the progress of a running
 * import is visible to the page while the import's own transaction is still open.
 */
@Component
public class ImportLog {
    static final int KEPT_ERRORS = 200;
    private final JdbcClient jdbc;
    private final TransactionTemplate own;
    private final Clock clock;
    private final NodeName node;

    ImportLog(JdbcClient jdbc, PlatformTransactionManager tm, Clock clock, NodeName node) {
        this.node = node;
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(tm);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    public long start(String fileName, String register, String username) {
        String name = fileName == null ? "(không tên)" : fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        return own.execute(s -> {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into exchange_import(file_name, register, status, username, started_at, node)
                    values (:f, :r, 'RUNNING', :u, :t, :n)""")
                    .param("n", node.get()).param("f", name).param("r", register).param("u", username).param("t", OffsetDateTime.now(clock))
                    .update(keys, "id");
            return keys.getKey().longValue();
        });
    }

    public void progress(long id, long read, long added, long skipped, long errors) {
        own.executeWithoutResult(s -> jdbc.sql("""
                update exchange_import set rows_read = :r, rows_added = :a, rows_skipped = :s, rows_error = :e, version = version + 1
                where id = :id and status = 'RUNNING'""")
                .param("r", read).param("a", added).param("s", skipped).param("e", errors).param("id", id).update());
    }

    public void finish(long id, String register, String status, long read, long added, long skipped, long errorCount,
                       List<ImportError> errors, String message) {
        String text = errors.stream().limit(KEPT_ERRORS).map(ImportError::message).collect(Collectors.joining("\n"));
        if (errorCount > KEPT_ERRORS) {
            text += "\n… và " + (errorCount - KEPT_ERRORS) + " lỗi khác.";
        }
        String msg = message == null || message.length() <= 2000 ? message : message.substring(0, 2000);
        String body = text;
        own.executeWithoutResult(s -> jdbc.sql("""
                update exchange_import set register = :reg, status = :st, rows_read = :r, rows_added = :a, rows_skipped = :s,
                       rows_error = :e, message = :m, errors_text = :x, finished_at = :t, version = version + 1
                where id = :id""")
                .param("reg", register).param("st", status).param("r", read).param("a", added).param("s", skipped)
                .param("e", errorCount).param("m", msg).param("x", body.isEmpty() ? null : body)
                .param("t", OffsetDateTime.now(clock)).param("id", id).update());
    }

    /** Keeps which rows were skipped and why (the first {@link #KEPT_ERRORS}; {@code more}: how many others). */
    public void skipped(long id, List<String> lines, long more) {
        if (lines.isEmpty() && more == 0) {
            return;
        }
        String text = String.join("\n", lines) + (more > 0 ? (lines.isEmpty() ? "" : "\n") + "… và " + more + " dòng khác." : "");
        own.executeWithoutResult(s -> jdbc.sql("update exchange_import set skipped_text = :t where id = :id")
                .param("t", text).param("id", id).update());
    }

    public Optional<ImportRecord> find(long id) {
        return jdbc.sql("select * from exchange_import where id = :id").param("id", id).query(Rows.of(ImportRecord.class)).optional();
    }

    public List<ImportRecord> recent(int limit) {
        return jdbc.sql("select * from exchange_import order by id desc limit :n").param("n", limit).query(Rows.of(ImportRecord.class)).list();
    }
}
