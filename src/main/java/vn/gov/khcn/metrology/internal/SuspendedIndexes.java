package vn.gov.khcn.metrology.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL only: a table's secondary indexes and foreign keys taken off for a bulk load and put back after it,
 * as {@code pg_restore} does. Building an index once over the loaded table is several times faster than
 * maintaining it row by row, and adding a foreign key checks all rows in one join. Everything happens in the
 * caller's transaction (PostgreSQL's DDL is transactional): a failed or interrupted load leaves the table, its
 * indexes and its constraints exactly as they were. Dropping an index locks the table for the rest of the
 * transaction (readers wait), so this is for loads that are large next to the table.
 */
final class SuspendedIndexes {
    private final Connection conn;
    private final String table;
    private final List<String> indexes = new ArrayList<>();
    private final List<String[]> foreignKeys = new ArrayList<>();

    private SuspendedIndexes(Connection conn, String table) {
        this.conn = conn;
        this.table = table;
    }

    /** Records the definitions of {@code table}'s secondary indexes and foreign keys, then drops them. */
    static SuspendedIndexes suspend(Connection conn, String table) throws SQLException {
        SuspendedIndexes s = new SuspendedIndexes(conn, table);
        try (Statement st = conn.createStatement()) {
            st.execute("lock table " + table + " in access exclusive mode");
        }
        try (PreparedStatement ps = conn.prepareStatement("""
                select c.relname, pg_get_indexdef(i.indexrelid)
                from pg_index i join pg_class c on c.oid = i.indexrelid
                where i.indrelid = ?::regclass
                  and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
                order by c.relname""")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    s.indexes.add(rs.getString(1));
                    s.indexes.add(rs.getString(2));
                }
            }
        }
        try (PreparedStatement ps = conn.prepareStatement("""
                select conname, pg_get_constraintdef(oid) from pg_constraint
                where conrelid = ?::regclass and contype = 'f' order by conname""")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    s.foreignKeys.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        try (Statement st = conn.createStatement()) {
            for (String[] fk : s.foreignKeys) {
                st.execute("alter table " + table + " drop constraint " + quote(fk[0]));
            }
            for (int i = 0; i < s.indexes.size(); i += 2) {
                st.execute("drop index " + quote(s.indexes.get(i)));
            }
        }
        return s;
    }

    /** Builds the indexes again, re-adds (and so checks) the foreign keys, and refreshes the planner's statistics. */
    void restore() throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("set local maintenance_work_mem = '256MB'");
            for (int i = 1; i < indexes.size(); i += 2) {
                st.execute(indexes.get(i));
            }
            for (String[] fk : foreignKeys) {
                st.execute("alter table " + table + " add constraint " + quote(fk[0]) + " " + fk[1]);
            }
            st.execute("analyze " + table);
        }
    }

    private static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
