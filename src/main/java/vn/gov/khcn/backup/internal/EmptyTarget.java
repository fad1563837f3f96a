package vn.gov.khcn.backup.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.gov.khcn.backup.internal.DatabaseTables.Table;
import vn.gov.khcn.shared.DomainException;

/**
 * What a newly created database holds and a restore replaces. Rows that are not records exist before anyone
 * uses the application: Flyway's migrations write the national vocabularies ({@code vocabulary_entry}, V130: task
 * levels, acceptance ratings, instrument types with their legal verification intervals; {@code task_rating} and
 * {@code instrument_type} are views of it), the department settings ({@code department_setting}, V20) and the reports'
 * deadlines ({@code report_deadline}, V150), the org chart ({@code department_unit}, {@code department_unit_register}, V260); and the application, when it starts, writes one lock row per kind of
 * record ({@code register_turn}, {@code records.Register}). A target is "empty" when every other application
 * table has no row. The rows of these tables are the defaults of a new installation, not records: a restore
 * deletes them and loads the archive's, in its one transaction. {@code BackupArchiveContract} and
 * {@code RestoreCommandTest} check that a new database, migrated and started on, has rows in no other table,
 * so a migration or a start-up step that writes another table fails a test until it is listed here.
 */
public final class EmptyTarget {
    /** Tables whose rows the migrations write. */
    public static final Set<String> SEEDED_BY_MIGRATIONS = Set.of("vocabulary_entry", "department_setting", "report_deadline",
            "department_unit", "department_unit_register");
    /** Tables whose rows the application writes when it starts. */
    public static final Set<String> WRITTEN_AT_START = Set.of("register_turn");
    /** Both: the tables a restore replaces rather than refuses. */
    public static final Set<String> NOT_RECORDS = union(SEEDED_BY_MIGRATIONS, WRITTEN_AT_START);

    private EmptyTarget() {
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    /** Refuses (nothing written) a target with a row in any table but {@link #NOT_RECORDS}. */
    public static void require(Connection c, List<Table> tables) throws SQLException {
        Table first = null;
        long firstRows = 0;
        int others = 0;
        for (Table t : tables) {
            if (NOT_RECORDS.contains(t.name())) {
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

    /** Deletes the rows of {@link #NOT_RECORDS}, children first; the archive's rows replace them. */
    public static void clearNotRecords(Connection c, List<Table> tables) throws SQLException {
        List<Table> reversed = new ArrayList<>(tables);
        Collections.reverse(reversed);
        for (Table t : reversed) {
            if (NOT_RECORDS.contains(t.name())) {
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
