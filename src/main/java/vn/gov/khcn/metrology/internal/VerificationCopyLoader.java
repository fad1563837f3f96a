package vn.gov.khcn.metrology.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import vn.gov.khcn.metrology.VerificationLoad;

/**
 * Writes validated verifications of one spreadsheet import in chunks on the transaction's connection; every row
 * written carries the import's id (the import is audited once, with its file, user and counts). Duplicates within
 * the load are dropped in Java. Three ways to write, chosen by database and size:
 * <ul>
 * <li>PostgreSQL, register empty: its secondary indexes and foreign keys are suspended ({@link SuspendedIndexes})
 *     and the chunks go by COPY straight into it; the indexes are built once at the end (a first load of years of
 *     calibration logs).</li>
 * <li>PostgreSQL otherwise: the chunks go by COPY into a temporary table; at the end the rows not yet in the
 *     register are picked by one anti-join, and written by one set-based insert — with the indexes suspended
 *     when they are many next to the register, else through {@code on conflict (serial, verified_on) do nothing}.</li>
 * <li>Elsewhere (H2): each chunk is checked against the register and written by JDBC batch.</li>
 * </ul>
 */
public class VerificationCopyLoader {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(VerificationCopyLoader.class);
    static final int CHUNK = 10_000;
    private static final String COLS = "type_code, serial, owner_id, verified_on, kind, result, stamp_no, performed_by, next_due_on, unit";
    private final Connection conn;
    private final boolean postgres;
    private final long importId;
    /** Fewer new rows than this are written through the live indexes (khcn.import.bulk-min). */
    private final int bulkMin;
    private final Set<String> seen = new HashSet<>();
    /** The days of the rows written (those already in the register are not), for the period locks. */
    private final Set<LocalDate> days = new HashSet<>();
    private final List<VerificationBatchWriter.Row> buffer = new ArrayList<>(CHUNK);
    private long added;
    private long skipped;
    private long staged;
    private boolean started;
    private boolean stageReady;
    private SuspendedIndexes direct;

    public VerificationCopyLoader(DataSource ds, long importId, int bulkMin) {
        this.conn = DataSourceUtils.getConnection(ds);
        this.importId = importId;
        this.bulkMin = bulkMin;
        try {
            this.postgres = conn.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Buffers a row; false (and dropped) when the same serial and date came earlier in the load. */
    public boolean add(VerificationBatchWriter.Row r) {
        if (!seen.add(r.serial() + '|' + r.verifiedOn())) {
            return false;
        }
        buffer.add(r);
        if (buffer.size() >= CHUNK) {
            flush();
        }
        return true;
    }

    public VerificationLoad.Totals finish() {
        flush();
        try {
            if (direct != null) {
                long t = System.nanoTime();
                direct.restore();
                direct = null;
                LOG.info("Import {}: {} verifications copied into the empty register; indexes rebuilt in {} ms", importId, added,
                        (System.nanoTime() - t) / 1_000_000);
            } else if (stageReady) {
                added += fromStage();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new VerificationLoad.Totals(added, skipped);
    }

    /** After {@link #finish}: the days of the verifications the load wrote, each once. */
    public Set<LocalDate> writtenDays() {
        return days;
    }

    private void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        try {
            if (postgres) {
                if (!started) {
                    start();
                }
                if (direct != null) {
                    copy(buffer, "verification");
                    added += buffer.size();
                    buffer.forEach(r -> days.add(r.verifiedOn()));
                } else {
                    copy(buffer, "verification_load");
                    staged += buffer.size();
                }
                buffer.clear();
                return;
            }
            Set<String> existing = existing();
            List<VerificationBatchWriter.Row> fresh = new ArrayList<>(buffer.size());
            for (VerificationBatchWriter.Row r : buffer) {
                if (existing.contains(r.serial() + '|' + r.verifiedOn())) {
                    skipped++;
                } else {
                    fresh.add(r);
                    days.add(r.verifiedOn());
                }
            }
            batch(fresh);
            added += fresh.size();
            buffer.clear();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** First chunk on PostgreSQL: straight into an empty register (indexes suspended), else into a staging table. */
    private void start() throws SQLException {
        started = true;
        if (isEmpty()) {
            direct = SuspendedIndexes.suspend(conn, "verification");
            if (isEmpty()) {
                return;
            }
            // a record arrived between the look and the lock: put the indexes back, take the staged way
            direct.restore();
            direct = null;
        }
        stage();
    }

    private boolean isEmpty() throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("select not exists (select 1 from verification)"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** Moves the staged rows not yet in the register into it; returns how many were written. */
    private long fromStage() throws SQLException {
        long fresh;
        try (PreparedStatement ps = conn.prepareStatement("""
                create temporary table verification_new on commit drop as
                select l.* from verification_load l
                where not exists (select 1 from verification v where v.serial = l.serial and v.verified_on = l.verified_on)""")) {
            fresh = ps.executeUpdate();
        }
        if (fresh > 0) {
            try (PreparedStatement ps = conn.prepareStatement("select distinct verified_on from verification_new"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    days.add(rs.getObject(1, LocalDate.class));
                }
            }
        }
        long n;
        if (fresh >= bulkMin && fresh * 4 >= registerSize()) {
            long t = System.nanoTime();
            SuspendedIndexes s = SuspendedIndexes.suspend(conn, "verification");
            // under the table lock now: look again for a record entered since the anti-join above
            n = insert("""
                    select %s, ? from verification_new n
                    where not exists (select 1 from verification v where v.serial = n.serial and v.verified_on = n.verified_on)""");
            s.restore();
            LOG.info("Import {}: {} new verifications written with the register's indexes suspended and rebuilt, in {} ms", importId, n,
                    (System.nanoTime() - t) / 1_000_000);
        } else {
            n = insert("select %s, ? from verification_new on conflict (serial, verified_on) do nothing");
        }
        skipped += staged - n;
        try (PreparedStatement ps = conn.prepareStatement("drop table verification_new, verification_load")) {
            ps.execute();
        }
        stageReady = false;
        return n;
    }

    private long insert(String select) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("insert into verification(" + COLS + ", import_id) " + select.formatted(COLS))) {
            ps.setLong(1, importId);
            return ps.executeUpdate();
        }
    }

    /** The planner's estimate of the register's rows (exact enough to choose a way of writing). */
    private long registerSize() throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("select greatest(reltuples, 0)::bigint from pg_class where oid = 'verification'::regclass");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The temporary table the chunks are copied into, dropped at the end of the load or the transaction. */
    private void stage() throws SQLException {
        if (stageReady) {
            return;
        }
        try (PreparedStatement ps = conn.prepareStatement("""
                create temporary table verification_load (type_code varchar(30), serial varchar(60), owner_id bigint,
                    verified_on date, kind varchar(20), result varchar(10), stamp_no varchar(60), performed_by varchar(200),
                    next_due_on date, unit varchar(20)) on commit drop""")) {
            ps.execute();
        }
        stageReady = true;
    }

    private Set<String> existing() throws SQLException {
        Set<String> out = new HashSet<>();
        String[] serials = buffer.stream().map(VerificationBatchWriter.Row::serial).distinct().toArray(String[]::new);
        try (PreparedStatement ps = conn.prepareStatement("select serial, verified_on from verification where serial = any(?)")) {
            ps.setArray(1, conn.createArrayOf("varchar", serials));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) + '|' + rs.getObject(2, LocalDate.class));
                }
            }
        }
        return out;
    }

    private void copy(List<VerificationBatchWriter.Row> rows, String table) throws SQLException {
        StringBuilder b = new StringBuilder(rows.size() * 120);
        for (VerificationBatchWriter.Row r : rows) {
            r.copyLine(b);
            if (table.equals("verification")) {
                b.setLength(b.length() - 1);
                b.append(',').append(importId).append('\n');
            }
        }
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        CopyIn in = conn.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + table + "(" + COLS + (table.equals("verification") ? ", import_id" : "") + ") from stdin with (format csv)");
        try {
            in.writeToCopy(bytes, 0, bytes.length);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    private void batch(List<VerificationBatchWriter.Row> rows) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("insert into verification(" + COLS + ", import_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (VerificationBatchWriter.Row r : rows) {
                r.bind(ps);
                ps.setLong(11, importId);
                ps.addBatch();
                if (++n % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

}
