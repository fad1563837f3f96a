package vn.gov.khcn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database's file is rewritten without its dead space when most of it is dead, keeping every row; a
 * compact file, or one another process holds, is left alone.
 */
class EmbeddedDatabaseCompactionTest {
    static final int ROWS = 20_000;

    @TempDir
    Path dir;

    @Test
    void aFileMostlyOfDeadPagesIsRewrittenWithEveryRowKept() throws Exception {
        EmbeddedDatabase.Access access = EmbeddedDatabase.prepare(dir, false);
        try (Connection c = DriverManager.getConnection(access.url(), EmbeddedDatabase.USER, access.password())) {
            c.createStatement().execute("create table reading (id int primary key, serial varchar(40), note varchar(200))");
            c.createStatement().execute("create index reading_serial on reading(serial)");
            c.setAutoCommit(false);
            // many small commits, each rewriting the pages it touched: the old versions stay in the file as dead space
            try (PreparedStatement ps = c.prepareStatement("insert into reading values (?, ?, ?)")) {
                for (int i = 0; i < ROWS; i++) {
                    ps.setInt(1, i);
                    ps.setString(2, "S-" + (i * 7919 % ROWS));
                    ps.setString(3, "lần đo " + i);
                    ps.addBatch();
                    if (i % 200 == 199) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
            }
            for (int round = 0; round < 3; round++) {
                try (PreparedStatement ps = c.prepareStatement("update reading set note = ? where id between ? and ?")) {
                    for (int from = 0; from < ROWS; from += 500) {
                        ps.setString(1, "lần đo lại " + round);
                        ps.setInt(2, from);
                        ps.setInt(3, from + 499);
                        ps.executeUpdate();
                        c.commit();
                    }
                }
            }
        }
        long written = Files.size(dir.resolve("khcn.mv.db"));

        var done = EmbeddedDatabase.compactIfSparse(dir, access.password(), 1 << 20);

        assertThat(done).isPresent();
        assertThat(done.get().bytesBefore()).isEqualTo(written);
        assertThat(done.get().bytesAfter()).isEqualTo(Files.size(dir.resolve("khcn.mv.db"))).isLessThan(written / 2);
        assertThat(done.get().toString()).startsWith("Đã thu gọn tệp CSDL nhúng: ");
        try (Connection c = DriverManager.getConnection(access.url(), EmbeddedDatabase.USER, access.password());
                ResultSet rs = c.createStatement().executeQuery("select count(*), count(distinct serial), min(note), max(note) from reading")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(ROWS);
            assertThat(rs.getLong(2)).isEqualTo(ROWS);
            assertThat(rs.getString(3)).isEqualTo("lần đo lại 2");
            assertThat(rs.getString(4)).isEqualTo("lần đo lại 2");
        }
        // now compact: left as it is
        assertThat(EmbeddedDatabase.compactIfSparse(dir, access.password(), 1 << 20)).isEmpty();
    }

    @Test
    void aSmallFileIsLeftAsItIs() throws Exception {
        EmbeddedDatabase.Access access = EmbeddedDatabase.prepare(dir, false);
        try (Connection c = DriverManager.getConnection(access.url(), EmbeddedDatabase.USER, access.password())) {
            c.createStatement().execute("create table reading (id int primary key)");
            for (int i = 0; i < 50; i++) {
                c.createStatement().execute("insert into reading values (" + i + ")");
            }
        }

        assertThat(EmbeddedDatabase.compactIfSparse(dir, access.password())).isEmpty();
        assertThat(count(access)).isEqualTo(50);
    }

    @Test
    void aDatabaseAnotherProcessHoldsIsLeftAsItIs() throws Exception {
        EmbeddedDatabase.Access access = EmbeddedDatabase.prepare(dir, false);
        try (Connection c = DriverManager.getConnection(access.url(), EmbeddedDatabase.USER, access.password())) {
            c.createStatement().execute("create table reading (id int primary key)");
            c.createStatement().execute("insert into reading values (1)");
        }
        // another process (H2's shell, waiting for input) holds the file, as a running server does
        String h2 = Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(javaCommand, "-cp", h2, "org.h2.tools.Shell", "-url", access.url(), "-user", EmbeddedDatabase.USER, "-password",
                access.password()).redirectErrorStream(true).start();
        try (var out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("Welcome to H2 Shell")); // printed once it connected
            assertThat(line).as("the shell is connected").isNotNull();

            assertThat(EmbeddedDatabase.compactIfSparse(dir, access.password(), 0)).isEmpty();
        } finally {
            holder.getOutputStream().close(); // end of input: the shell exits and closes the database
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(count(access)).isEqualTo(1);
    }

    private static long count(EmbeddedDatabase.Access access) throws SQLException {
        try (Connection c = DriverManager.getConnection(access.url(), EmbeddedDatabase.USER, access.password());
                ResultSet rs = c.createStatement().executeQuery("select count(*) from reading")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
