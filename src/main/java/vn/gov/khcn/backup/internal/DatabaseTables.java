package vn.gov.khcn.backup.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The application's tables read from JDBC metadata (every table but Flyway's history and the generation of the records), in foreign-key
 * order: a table comes after the tables it refers to. Registers added later are included without a change here.
 */
public final class DatabaseTables {
    static final String FLYWAY = "flyway_schema_history";
    /** The generation of the records (V320): it counts this database's changes, so a restore raises it rather than copies it. */
    static final String GENERATION = "record_generation";

    private DatabaseTables() {
    }

    public record Col(String name, int jdbcType, String typeName, boolean nullable, boolean identity) {
        public String kind() {
            String t = typeName.toLowerCase(Locale.ROOT);
            if (jdbcType == Types.TIMESTAMP_WITH_TIMEZONE || t.equals("timestamptz") || t.contains("with time zone")) {
                return "timestamptz";
            }
            return switch (jdbcType) {
                case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> "integer";
                case Types.BOOLEAN, Types.BIT -> "boolean";
                case Types.DATE -> "date";
                case Types.TIMESTAMP -> "timestamp";
                case Types.NUMERIC, Types.DECIMAL -> "decimal";
                case Types.DOUBLE, Types.FLOAT, Types.REAL -> "double";
                case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> "binary";
                default -> "string";
            };
        }
    }

    public record Table(String name, List<Col> columns, List<String> primaryKey) {
        public Col column(String n) {
            return columns.stream().filter(c -> c.name().equals(n)).findFirst().orElse(null);
        }
    }

    /** The latest successful Flyway migration: archives are restored only into the same schema version. */
    public static String schemaVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select version from " + FLYWAY
                     + " where success = true and version is not null order by installed_rank desc")) {
            return rs.next() ? rs.getString(1) : "0";
        }
    }

    public static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public static List<Table> read(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String schema = c.getSchema();
        Map<String, Table> tables = new TreeMap<>();
        Map<String, Set<String>> refs = new TreeMap<>();
        try (ResultSet rs = md.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String t = rs.getString("TABLE_NAME");
                if (!t.equalsIgnoreCase(FLYWAY) && !t.equalsIgnoreCase(GENERATION)) {
                    tables.put(t, null);
                }
            }
        }
        for (String t : List.copyOf(tables.keySet())) {
            List<Col> cols = new ArrayList<>();
            try (ResultSet rs = md.getColumns(null, schema, t, "%")) {
                while (rs.next()) {
                    cols.add(new Col(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"),
                            rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls, "YES".equals(rs.getString("IS_AUTOINCREMENT"))));
                }
            }
            Map<Short, String> pk = new TreeMap<>();
            try (ResultSet rs = md.getPrimaryKeys(null, schema, t)) {
                while (rs.next()) {
                    pk.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
                }
            }
            Set<String> r = new TreeSet<>();
            try (ResultSet rs = md.getImportedKeys(null, schema, t)) {
                while (rs.next()) {
                    String p = rs.getString("PKTABLE_NAME");
                    if (!p.equals(t) && tables.containsKey(p)) {
                        r.add(p);
                    }
                }
            }
            tables.put(t, new Table(t, cols, List.copyOf(pk.values())));
            refs.put(t, r);
        }
        // Kahn's algorithm, ties by name, so the order is stable
        List<Table> out = new ArrayList<>();
        Map<String, Set<String>> left = new LinkedHashMap<>(refs);
        while (!left.isEmpty()) {
            String next = left.entrySet().stream().filter(e -> e.getValue().stream().noneMatch(left::containsKey))
                    .map(Map.Entry::getKey).findFirst()
                    .orElse(left.keySet().iterator().next()); // a cycle: keep going in name order
            out.add(tables.get(next));
            left.remove(next);
        }
        return out;
    }
}
