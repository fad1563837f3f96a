package vn.gov.khcn.backup.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.gov.khcn.backup.internal.DatabaseTables.Table;
import vn.gov.khcn.shared.DomainException;

/**
 * What a newly created database holds and a restore may replace. Flyway's migrations write rows into three
 * tables only — the acceptance ratings (V10), the department settings (V20) and the instrument types with their
 * legal verification intervals (V30) — so a target is "empty" when every other application table has no row.
 * The rows of the seeded tables are the migrations' defaults, not records: the restore deletes them and loads the
 * archive's, in its one transaction. {@code BackupArchiveContract} checks that a freshly migrated database has
 * rows in exactly these tables, so a migration that seeds another table fails a test until it is listed here.
 */
public final class EmptyTarget {
    public static final Set<String> SEEDED_BY_MIGRATIONS = Set.of("task_rating", "department_setting", "instrument_type");

    private EmptyTarget() {
    }

    /** Refuses (nothing written) a target with a row in any table the migrations do not seed. */
    public static void require(Connection c, List<Table> tables) throws SQLException {
        Table first = null;
        long firstRows = 0;
        int others = 0;
        for (Table t : tables) {
            if (SEEDED_BY_MIGRATIONS.contains(t.name())) {
                continue;
            }
            long n = DatabaseTables.count(c, t.name());
            if (n == 0) {
                continue;
            }
            if (first == null) {
                first = t;
                firstRows = n;
            } else {
                others++;
            }
        }
        if (first == null) {
            return;
        }
        String row = firstRow(c, first);
        throw new DomainException("database", "CSDL đích không trống: bảng " + first.name() + " có " + firstRows + " dòng"
                + (row == null ? "" : " (dòng đầu " + row + ")")
                + (others == 0 ? "" : "; " + others + " bảng khác cũng có dữ liệu")
                + ". Chỉ khôi phục vào CSDL mới tạo (chưa nạp dữ liệu mẫu, chưa tạo tài khoản); không có gì được ghi.");
    }

    /** Deletes the migrations' rows of the seeded tables, children first; the archive's rows replace them. */
    public static void clearSeeded(Connection c, List<Table> tables) throws SQLException {
        List<Table> reversed = new ArrayList<>(tables);
        java.util.Collections.reverse(reversed);
        for (Table t : reversed) {
            if (SEEDED_BY_MIGRATIONS.contains(t.name())) {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("delete from " + t.name());
                }
            }
        }
    }

    /** The first row's key by primary-key order, e.g. "id = 1", or null for a table without one. */
    private static String firstRow(Connection c, Table t) throws SQLException {
        if (t.primaryKey().isEmpty()) {
            return null;
        }
        String keys = String.join(", ", t.primaryKey());
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select " + keys + " from " + t.name() + " order by " + keys + " limit 1")) {
            if (!rs.next()) {
                return null;
            }
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < t.primaryKey().size(); i++) {
                parts.add(t.primaryKey().get(i) + " = " + rs.getString(i + 1));
            }
            return String.join(", ", parts);
        }
    }
}
