package vn.gov.khcn.backup.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import vn.gov.khcn.backup.internal.DatabaseTables.Col;

/** A column value to its archive JSON value and back, by the column's kind (docs/exchange-format.md). */
final class JsonCells {
    private JsonCells() {
    }

    static Object read(ResultSet rs, int i, Col col) throws SQLException {
        Object v = switch (col.kind()) {
            case "integer" -> rs.getLong(i);
            case "boolean" -> rs.getBoolean(i);
            case "date" -> {
                LocalDate d = rs.getObject(i, LocalDate.class);
                yield d == null ? null : d.toString();
            }
            case "timestamptz" -> {
                OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
                yield t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC).toString();
            }
            case "timestamp" -> {
                LocalDateTime t = rs.getObject(i, LocalDateTime.class);
                yield t == null ? null : t.toString();
            }
            case "decimal" -> rs.getBigDecimal(i);
            case "double" -> rs.getDouble(i);
            case "binary" -> {
                byte[] b = rs.getBytes(i);
                yield b == null ? null : Base64.getEncoder().encodeToString(b);
            }
            default -> rs.getString(i);
        };
        return rs.wasNull() ? null : v;
    }

    static void bind(PreparedStatement ps, int i, Col col, JsonNode v) throws SQLException {
        if (v == null || v.isNull()) {
            ps.setNull(i, col.jdbcType() == Types.OTHER ? Types.VARCHAR : col.jdbcType());
            return;
        }
        switch (col.kind()) {
            case "integer" -> ps.setLong(i, v.asLong());
            case "boolean" -> ps.setBoolean(i, v.asBoolean());
            case "date" -> ps.setObject(i, LocalDate.parse(v.asString()));
            case "timestamptz" -> ps.setObject(i, OffsetDateTime.parse(v.asString()));
            case "timestamp" -> ps.setObject(i, LocalDateTime.parse(v.asString()));
            case "decimal" -> ps.setBigDecimal(i, v.decimalValue());
            case "double" -> ps.setDouble(i, v.asDouble());
            case "binary" -> ps.setBytes(i, Base64.getDecoder().decode(v.asString()));
            default -> ps.setString(i, v.asString());
        }
    }
}
