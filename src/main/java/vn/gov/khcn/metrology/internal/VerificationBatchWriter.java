package vn.gov.khcn.metrology.internal;

import java.sql.Date;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.khcn.identity.AuditTrail;

/**
 * Writes already validated verifications by JDBC batch, with one audit row each (also by batch, in the
 * audit trail's format). Only the register's façade calls it, inside its transaction.
 */
@Component
public class VerificationBatchWriter {
    private static final int CHUNK = 500;
    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final AuditTrail audit;

    VerificationBatchWriter(JdbcTemplate jdbcTemplate, JsonMapper json, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.json = json;
        this.clock = clock;
    }

    /** A validated row, with its computed next due date. */
    public record Row(String typeCode, String serial, long ownerId, LocalDate verifiedOn, String kind, String result,
                      String stampNo, String performedBy, LocalDate nextDueOn, String unit) {
        String key() {
            return serial + "|" + verifiedOn;
        }

        /** Sets parameters 1–10 of an insert listing the verification columns in this record's order. */
        void bind(java.sql.PreparedStatement ps) throws java.sql.SQLException {
            ps.setString(1, typeCode);
            ps.setString(2, serial);
            ps.setLong(3, ownerId);
            ps.setDate(4, Date.valueOf(verifiedOn));
            ps.setString(5, kind);
            ps.setString(6, result);
            ps.setString(7, stampNo);
            ps.setString(8, performedBy);
            if (nextDueOn == null) {
                ps.setNull(9, Types.DATE);
            } else {
                ps.setDate(9, Date.valueOf(nextDueOn));
            }
            ps.setString(10, unit);
        }

        /** Appends this row as a line of PostgreSQL {@code COPY … (format csv)} in the same column order. */
        void copyLine(StringBuilder b) {
            csv(b, typeCode).append(',');
            csv(b, serial).append(',');
            b.append(ownerId).append(',').append(verifiedOn).append(',').append(kind).append(',').append(result).append(',');
            csv(b, stampNo).append(',');
            csv(b, performedBy).append(',');
            if (nextDueOn != null) {
                b.append(nextDueOn);
            }
            b.append(',').append(unit).append('\n');
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
    }

    /** Throws the exception made for the first row whose serial and date are already in the register. */
    public void refuseExisting(List<Row> rows, Function<Row, RuntimeException> error) {
        Set<String> existing = new HashSet<>();
        for (List<String> chunk : chunks(rows.stream().map(Row::serial).distinct().toList())) {
            jdbc.sql("select serial, verified_on from verification where serial in (:s)").param("s", chunk)
                    .query((rs, i) -> rs.getString(1) + "|" + rs.getObject(2, LocalDate.class)).list().forEach(existing::add);
        }
        for (Row r : rows) {
            if (existing.contains(r.key())) {
                throw error.apply(r);
            }
        }
    }

    public void insert(List<Row> rows, String username) {
        audit.changed();
        jdbcTemplate.batchUpdate("""
                insert into verification(type_code, serial, owner_id, verified_on, kind, result, stamp_no, performed_by, next_due_on, unit)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, CHUNK, (ps, r) -> r.bind(ps));
        Map<String, Long> ids = new HashMap<>();
        for (List<String> chunk : chunks(rows.stream().map(Row::serial).distinct().toList())) {
            jdbc.sql("select id, serial, verified_on from verification where serial in (:s)").param("s", chunk)
                    .query((rs, i) -> Map.entry(rs.getString(2) + "|" + rs.getObject(3, LocalDate.class), rs.getLong(1)))
                    .list().forEach(e -> ids.put(e.getKey(), e.getValue()));
        }
        OffsetDateTime at = OffsetDateTime.now(clock);
        jdbcTemplate.batchUpdate("""
                insert into audit_log(at, username, entity_type, entity_id, action, before_json, after_json, reason)
                values (?, ?, 'verification', ?, 'CREATE', null, ?, null)""", rows, CHUNK, (ps, r) -> {
            long id = ids.get(r.key());
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("id", id);
            after.put("typeCode", r.typeCode());
            after.put("serial", r.serial());
            after.put("ownerId", r.ownerId());
            after.put("verifiedOn", r.verifiedOn().toString());
            after.put("kind", r.kind());
            after.put("result", r.result());
            after.put("stampNo", r.stampNo());
            after.put("performedBy", r.performedBy());
            after.put("nextDueOn", r.nextDueOn() == null ? null : r.nextDueOn().toString());
            after.put("unit", r.unit());
            ps.setObject(1, at);
            ps.setString(2, username);
            ps.setLong(3, id);
            ps.setString(4, json.writeValueAsString(after));
        });
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return out;
    }
}
