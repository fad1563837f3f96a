package vn.gov.khcn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cheap check that lets a command start without Flyway: the history table against the shipped migrations. */
class SchemaStateTest {
    private static Connection memory(String name) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
    }

    private static void history(Connection c) throws SQLException {
        c.createStatement().execute("create table flyway_schema_history (installed_rank int primary key, version varchar(50), "
                + "description varchar(200), success boolean not null)");
    }

    private static void applied(Connection c, int rank, String version, boolean success) throws SQLException {
        try (var ps = c.prepareStatement("insert into flyway_schema_history values (?, ?, 'x', ?)")) {
            ps.setInt(1, rank);
            ps.setString(2, version);
            ps.setBoolean(3, success);
            ps.executeUpdate();
        }
    }

    @Test
    void theShippedMigrationsAreReadFromTheClassPath() {
        Set<String> shipped = SchemaState.shippedVersions();
        assertThat(shipped).contains("1", "280");
        assertThat(shipped).allMatch(v -> v.matches("[0-9]+(\\.[0-9]+)*"));
    }

    @Test
    void versionsAreComparedAsFlywayDoes() {
        assertThat(SchemaState.normalise("2.10.0")).isEqualTo("2.10");
        assertThat(SchemaState.normalise("2_10")).isEqualTo("2.10");
        assertThat(SchemaState.normalise("007")).isEqualTo("7");
        assertThat(SchemaState.normalise("0")).isEqualTo("0");
    }

    @Test
    void currentOnlyWhenEveryShippedMigrationIsAppliedAndNoneFailed() throws SQLException {
        try (Connection c = memory("schema-state-a")) {
            assertThat(SchemaState.current(c)).as("no history table: a new database").isFalse();
            history(c);
            assertThat(SchemaState.current(c)).as("empty history").isFalse();
            int rank = 0;
            String last = null;
            for (String v : SchemaState.shippedVersions()) {
                if (last == null) {
                    last = v; // one left out: behind
                    continue;
                }
                applied(c, ++rank, v, true);
            }
            assertThat(SchemaState.current(c)).as("one migration missing").isFalse();
            applied(c, ++rank, last, true);
            assertThat(SchemaState.current(c)).isTrue();
            applied(c, ++rank, "99999", false);
            assertThat(SchemaState.current(c)).as("a failed migration").isFalse();
        }
    }

    @Test
    void aMigrationAppliedThatThisBuildDoesNotShipStillCountsAsCurrent() throws SQLException {
        // a newer build migrated the database: Flyway ignores such "future" migrations by default, and so does the check
        try (Connection c = memory("schema-state-b")) {
            history(c);
            int rank = 0;
            for (String v : SchemaState.shippedVersions()) {
                applied(c, ++rank, v, true);
            }
            applied(c, ++rank, "100000", true);
            assertThat(SchemaState.current(c)).isTrue();
        }
    }
}
