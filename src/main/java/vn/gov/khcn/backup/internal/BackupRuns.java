package vn.gov.khcn.backup.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.khcn.backup.BackupRun;
import vn.gov.khcn.shared.PageResult;

/** Table backup_run: a row written when a run starts, completed when it ends (each statement commits on its own). */
public final class BackupRuns {
    private static final String COLUMNS = "id, trigger_kind, requested_by, node, started_at, finished_at, file_name, size_bytes, outcome, "
            + "error_message, removed_at";
    private final JdbcClient jdbc;

    public BackupRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long start(BackupRun.Trigger trigger, String requestedBy, String node, Instant startedAt, String fileName) {
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into backup_run(trigger_kind, requested_by, node, started_at, file_name, outcome)
                values (:t, :u, :n, :s, :f, 'RUNNING')""").param("t", trigger.name()).param("u", requestedBy).param("n", node)
                .param("s", at(startedAt)).param("f", fileName).update(key, "id");
        return key.getKey().longValue();
    }

    public void succeeded(long id, Instant finishedAt, long size) {
        jdbc.sql("update backup_run set outcome = 'SUCCEEDED', finished_at = :f, size_bytes = :s where id = :id").param("f", at(finishedAt))
                .param("s", size).param("id", id).update();
    }

    public void failed(long id, Instant finishedAt, String error) {
        String message = error == null || error.isBlank() ? "Lỗi không rõ nguyên nhân" : error.strip();
        jdbc.sql("update backup_run set outcome = 'FAILED', finished_at = :f, error_message = :e where id = :id").param("f", at(finishedAt))
                .param("e", message.length() > 2000 ? message.substring(0, 2000) : message).param("id", id).update();
    }

    /**
     * Runs still RUNNING when a new run holds the lock: none can be running, so they ended without a word (the node
     * stopped during them, or the row came back with the archive it was writing). They become FAILED, saying so.
     */
    public int abandoned(Instant now) {
        return jdbc.sql("update backup_run set outcome = 'FAILED', finished_at = :f, error_message = :e where outcome = 'RUNNING'")
                .param("f", at(now)).param("e", ABANDONED).update();
    }

    public static final String ABANDONED = "Không kết thúc: máy chủ đã dừng khi đang sao lưu (hoặc đây là lần sao lưu đang ghi "
            + "chính tệp đã được khôi phục vào CSDL này).";

    /** Marks the successful runs that wrote {@code fileName} as removed by the retention. */
    public void removed(String fileName, Instant at) {
        jdbc.sql("update backup_run set removed_at = :r where file_name = :f and outcome = 'SUCCEEDED' and removed_at is null")
                .param("r", at(at)).param("f", fileName).update();
    }

    public BackupRun find(long id) {
        return jdbc.sql("select " + COLUMNS + " from backup_run where id = :id").param("id", id).query(BackupRuns::row).single();
    }

    /** Newest first. */
    public PageResult<BackupRun> page(int page, int size) {
        long total = jdbc.sql("select count(*) from backup_run").query(Long.class).single();
        List<BackupRun> items = jdbc.sql("select " + COLUMNS + " from backup_run order by started_at desc, id desc limit :l offset :o")
                .param("l", size).param("o", (long) page * size).query(BackupRuns::row).list();
        return new PageResult<>(items, page, size, total);
    }

    /** Every run, newest first, for the page's spreadsheet. */
    public void each(Consumer<BackupRun> sink) {
        jdbc.sql("select " + COLUMNS + " from backup_run order by started_at desc, id desc").query(BackupRuns::row).stream().forEach(sink);
    }

    private static BackupRun row(ResultSet rs, int n) throws SQLException {
        long size = rs.getLong("size_bytes");
        Long sizeBytes = rs.wasNull() ? null : size;
        return new BackupRun(rs.getLong("id"), BackupRun.Trigger.valueOf(rs.getString("trigger_kind")), rs.getString("requested_by"),
                rs.getString("node"), rs.getObject("started_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class),
                rs.getString("file_name"), sizeBytes, BackupRun.Outcome.valueOf(rs.getString("outcome")),
                rs.getString("error_message"), rs.getObject("removed_at", OffsetDateTime.class));
    }

    private static OffsetDateTime at(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }
}
