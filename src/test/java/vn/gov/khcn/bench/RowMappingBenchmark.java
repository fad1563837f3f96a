package vn.gov.khcn.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.gov.khcn.metrology.Verification;
import vn.gov.khcn.shared.Rows;

/**
 * Benchmark, not a test: maps N verification rows (default 200,000, the size of a year's export) to
 * {@link Verification} records with Spring's {@code SimplePropertyRowMapper} (what {@code JdbcClient.query(Class)}
 * uses, finding each camelCase column by a caught {@code SQLException}) and with {@link Rows}, in the same run, on
 * an in-memory H2 database in PostgreSQL mode, or on the database given.
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) vn.gov.khcn.bench.RowMappingBenchmark [rows] [jdbc-url user]</pre>
 */
public final class RowMappingBenchmark {
    private RowMappingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        String url = args.length > 1 ? args[1] : "jdbc:h2:mem:rows;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        String user = args.length > 2 ? args[2] : "sa";
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            load(c, n);
            JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(c, true));
            String sql = "select id, type_code, type_name, serial, owner_id, owner_name, verified_on, kind, result, stamp_no,"
                    + " performed_by, next_due_on, unit, version, import_id from bench_verification order by id";
            System.out.printf("Mapping %,d verification rows (%s)%n", n, c.getMetaData().getDatabaseProductName());
            System.out.println("| round | SimplePropertyRowMapper | Rows | ratio |");
            System.out.println("| --- | --- | --- | --- |");
            for (int round = 1; round <= 5; round++) {
                long spring = time(jdbc, sql, new SimplePropertyRowMapper<>(Verification.class), n);
                long rows = time(jdbc, sql, Rows.of(Verification.class), n);
                System.out.printf("| %d | %,d ms | %,d ms | %.1f× |%n", round, spring, rows, (double) spring / rows);
            }
            try (Statement s = c.createStatement()) {
                s.execute("drop table bench_verification");
            }
        }
    }

    private static long time(JdbcClient jdbc, String sql, RowMapper<Verification> mapper, int expected) {
        long start = System.nanoTime();
        List<Verification> list = jdbc.sql(sql).query(mapper).list();
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (list.size() != expected || list.get(expected - 1).verifiedOn() == null) {
            throw new IllegalStateException("mapped " + list.size() + " rows, expected " + expected);
        }
        return ms;
    }

    private static void load(Connection c, int n) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_verification");
            s.execute("""
                    create table bench_verification (id bigint primary key, type_code varchar(30), type_name varchar(200),
                      serial varchar(60), owner_id bigint, owner_name varchar(200), verified_on date, kind varchar(20),
                      result varchar(10), stamp_no varchar(60), performed_by varchar(200), next_due_on date, unit varchar(20),
                      version integer, import_id bigint)""");
        }
        LocalDate first = LocalDate.of(2021, 1, 1);
        try (var insert = c.prepareStatement("insert into bench_verification values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (int i = 1; i <= n; i++) {
                LocalDate on = first.plusDays(i % 365);
                Object[] row = {(long) i, "TAXIMET", "Taximet", "SN-" + i, (long) (i % 1000), "Cơ sở " + (i % 1000), on,
                    "PERIODIC", i % 100 == 0 ? "FAIL" : "PASS", "T" + i, "Trung tâm", on.plusMonths(18), "CENTRE", 0, null};
                for (int k = 0; k < row.length; k++) {
                    insert.setObject(k + 1, row[k]);
                }
                insert.addBatch();
                if (i % 5_000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
