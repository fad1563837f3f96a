package vn.gov.khcn.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The embedded database is closed to others: a generated password kept privately, no TCP port unless asked for. */
class EmbeddedDatabaseTest {
    private static Map<String, Object> options(String... args) {
        DatabaseOptions db = new DatabaseOptions();
        new CommandLine(db).parseArgs(args);
        return db.properties();
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void theCommandLinesDatabaseHasAPrivateGeneratedPasswordAndNoTcpServer(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("data");
        Map<String, Object> p = options("--data", dir.toString());
        String url = p.get("spring.datasource.url").toString();
        String password = p.get("spring.datasource.password").toString();
        System.out.println("Embedded database: " + url.replaceAll(";.*", "") + ", password of " + password.length()
                + " characters in khcn.db-password (" + mode(dir.resolve(EmbeddedDatabase.PASSWORD_FILE)) + "), data directory " + mode(dir));
        assertThat(url).startsWith("jdbc:h2:file:").doesNotContain("AUTO_SERVER");
        assertThat(password).hasSizeGreaterThanOrEqualTo(32);
        assertThat(Files.readString(dir.resolve(EmbeddedDatabase.PASSWORD_FILE)).strip()).isEqualTo(password);
        assertThat(mode(dir.resolve(EmbeddedDatabase.PASSWORD_FILE))).isEqualTo("rw-------");
        assertThat(mode(dir)).isEqualTo("rwx------");
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close()).isInstanceOf(SQLException.class)
                .hasMessageContaining("Wrong user name or password");
        DriverManager.getConnection(url, "sa", password).close();
        // the next start finds the same password
        assertThat(options("--data", dir.toString()).get("spring.datasource.password")).isEqualTo(password);
    }

    @Test
    void aDatabaseMadeWithTheOldEmptyPasswordGetsTheGeneratedOneAndKeepsItsData(@TempDir Path dir) throws Exception {
        String url = EmbeddedDatabase.url(dir, false);
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("create table audit_log(id int, username varchar(40))");
            c.createStatement().execute("insert into audit_log values (1, 'admin')");
        }
        String password = options("--data", dir.toString()).get("spring.datasource.password").toString();
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close()).isInstanceOf(SQLException.class);
        try (Connection c = DriverManager.getConnection(url, "sa", password);
             ResultSet r = c.createStatement().executeQuery("select username from audit_log")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("admin");
        }
    }

    @Test
    void aTcpServerIsOpenedOnlyWhenAskedFor(@TempDir Path dir) {
        assertThat(options("--data", dir.toString(), "--h2-server").get("spring.datasource.url").toString()).endsWith(";AUTO_SERVER=TRUE");
        assertThatThrownBy(() -> options("--db", "jdbc:postgresql://localhost/khcn", "--h2-server"))
                .hasMessageContaining("--h2-server chỉ dùng với CSDL nhúng");
    }

    @Test
    void aCommandWhileTheServerHoldsTheDatabaseStopsWithAVietnameseMessage(@TempDir Path dir) throws Exception {
        DriverManager.getConnection(EmbeddedDatabase.url(dir, false), "sa", EmbeddedDatabase.prepare(dir, false).password()).close();
        // another process holding the file, as "khcn serve" does: H2 finds the file locked
        try (FileChannel f = FileChannel.open(dir.resolve("khcn.mv.db"), StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock held = f.lock()) {
            StringWriter err = new StringWriter();
            CommandLine cl = Khcn.commandLine();
            cl.setErr(new PrintWriter(err));
            int code = cl.execute("demo", "--data", dir.toString());
            System.out.println("Command beside a running server: exit " + code + ", \"" + err.toString().strip() + "\"");
            assertThat(code).isEqualTo(1);
            assertThat(err.toString()).contains("đang được một tiến trình KHCN khác").contains("--h2-server").doesNotContain("Exception");
        }
    }
}
