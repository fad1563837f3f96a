package vn.gov.khcn.metrology.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
 * Writes validated verifications in chunks on the transaction's connection. Duplicates within the load are
 * dropped in Java. On PostgreSQL the chunks go by COPY into a temporary table, and one anti-join moves the rows
 * not yet in the register into it at the end (ON CONFLICT on its unique index), writing their audit rows in the
 * same statement. Elsewhere each chunk is checked against the register and written by JDBC batch, and one
 * set-based statement then adds the audit row of every verification written.
 */
public class VerificationCopyLoader {
    static final int CHUNK = 10_000;
    private static final String COLS = "type_code, serial, owner_id, verified_on, kind, result, stamp_no, performed_by, next_due_on, unit";
    private final Connection conn;
    private final boolean postgres;
    private final String username;
    private final String reason;
    private final OffsetDateTime at;
    private final long maxIdBefore;
    private final Set<String> seen = new HashSet<>();
    private final List<VerificationBatchWriter.Row> buffer = new ArrayList<>(CHUNK);
    private long added;
    private long skipped;
    private long staged;
    private boolean stageReady;

    public VerificationCopyLoader(DataSource ds, String username, String reason, OffsetDateTime at) {
        this.conn = DataSourceUtils.getConnection(ds);
        this.username = username;
        this.reason = reason;
        this.at = at;
        try {
            this.postgres = conn.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            try (PreparedStatement ps = conn.prepareStatement("select coalesce(max(id), 0) from verification"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                this.maxIdBefore = rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void add(VerificationBatchWriter.Row r) {
        if (!seen.add(r.serial() + '|' + r.verifiedOn())) {
            skipped++;
            return;
        }
        buffer.add(r);
        if (buffer.size() >= CHUNK) {
            flush();
        }
    }

    public VerificationLoad.Totals finish() {
        flush();
        if (postgres && stageReady) {
            // the unique index on (serial, verified_on) decides what is new; the rows written get their audit rows
            // in the same statement (no anti-join for the planner to misjudge on a table growing under it)
            try (PreparedStatement ps = conn.prepareStatement("with ins as (insert into verification(" + COLS + ") select " + COLS
                    + " from verification_load on conflict (serial, verified_on) do nothing returning id)"
                    + " insert into audit_log(at, username, entity_type, entity_id, action, before_json, after_json, reason)"
                    + " select ?, ?, 'verification', id, 'CREATE', null, null, ? from ins");
                 PreparedStatement drop = conn.prepareStatement("drop table verification_load")) {
                ps.setObject(1, at);
                ps.setString(2, username);
                ps.setString(3, reason);
                int n = ps.executeUpdate();
                skipped += staged - n;
                drop.execute();
                stageReady = false;
                return new VerificationLoad.Totals(added + n, skipped);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        if (added > 0) {
            try (PreparedStatement ps = conn.prepareStatement("""
                    insert into audit_log(at, username, entity_type, entity_id, action, before_json, after_json, reason)
                    select ?, ?, 'verification', v.id, 'CREATE', null, null, ?
                    from verification v
                    where v.id > ? and not exists (select 1 from audit_log a where a.entity_type = 'verification' and a.entity_id = v.id)""")) {
                ps.setObject(1, at);
                ps.setString(2, username);
                ps.setString(3, reason);
                ps.setLong(4, maxIdBefore);
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return new VerificationLoad.Totals(added, skipped);
    }

    private void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        try {
            if (postgres) {
                stage();
                copy(buffer);
                staged += buffer.size();
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
                }
            }
            batch(fresh);
            added += fresh.size();
            buffer.clear();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
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

    private void copy(List<VerificationBatchWriter.Row> rows) throws SQLException {
        StringBuilder b = new StringBuilder(rows.size() * 120);
        for (VerificationBatchWriter.Row r : rows) {
            csv(b, r.typeCode()).append(',');
            csv(b, r.serial()).append(',');
            b.append(r.ownerId()).append(',');
            b.append(r.verifiedOn()).append(',');
            b.append(r.kind()).append(',');
            b.append(r.result()).append(',');
            csv(b, r.stampNo()).append(',');
            csv(b, r.performedBy()).append(',');
            if (r.nextDueOn() != null) {
                b.append(r.nextDueOn());
            }
            b.append(',').append(r.unit()).append('\n');
        }
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        CopyIn in = conn.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy verification_load(" + COLS + ") from stdin with (format csv)");
        try {
            in.writeToCopy(bytes, 0, bytes.length);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    /** A CSV field for COPY: null is empty and unquoted; any text is quoted (so "" is an empty string). */
    private static StringBuilder csv(StringBuilder b, String s) {
        if (s == null) {
            return b;
        }
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                b.append('"');
            }
            b.append(c);
        }
        return b.append('"');
    }

    private void batch(List<VerificationBatchWriter.Row> rows) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("insert into verification(" + COLS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (VerificationBatchWriter.Row r : rows) {
                ps.setString(1, r.typeCode());
                ps.setString(2, r.serial());
                ps.setLong(3, r.ownerId());
                ps.setDate(4, Date.valueOf(r.verifiedOn()));
                ps.setString(5, r.kind());
                ps.setString(6, r.result());
                ps.setString(7, r.stampNo());
                ps.setString(8, r.performedBy());
                if (r.nextDueOn() == null) {
                    ps.setNull(9, Types.DATE);
                } else {
                    ps.setDate(9, Date.valueOf(r.nextDueOn()));
                }
                ps.setString(10, r.unit());
                ps.addBatch();
                if (++n % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

}
