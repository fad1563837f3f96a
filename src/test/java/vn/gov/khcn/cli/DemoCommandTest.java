package vn.gov.khcn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "khcn demo" on a new data directory: the dataset is written as "system", deliberately, into a database with a password. */
class DemoCommandTest {
    @Test
    void theCommandLineActsAsSystemOnAPasswordProtectedDatabase(@TempDir Path dir) throws Exception {
        assertThat(Khcn.commandLine().execute("demo", "--data", dir.toString())).isZero();
        String password = Files.readString(dir.resolve(EmbeddedDatabase.PASSWORD_FILE)).strip();
        List<String> who = new ArrayList<>();
        long rows;
        try (Connection c = DriverManager.getConnection(EmbeddedDatabase.url(dir, false), "sa", password)) {
            try (ResultSet r = c.createStatement().executeQuery("select distinct username from audit_log order by username")) {
                while (r.next()) {
                    who.add(r.getString(1));
                }
            }
            try (ResultSet r = c.createStatement().executeQuery("select count(*) from audit_log")) {
                r.next();
                rows = r.getLong(1);
            }
        }
        System.out.println("khcn demo: " + rows + " audit entries, by " + who);
        assertThat(who).containsExactly("system");
        assertThat(rows).isPositive();
    }
}
