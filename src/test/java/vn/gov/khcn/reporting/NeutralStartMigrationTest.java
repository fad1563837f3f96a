package vn.gov.khcn.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.gov.khcn.testing.TestDatabases;

/**
 * V105 on both databases: the seed's department is cleared only where nothing was recorded and the seed was never
 * edited; a database in use keeps printing what it printed (its province as the place, the symbol the code used).
 */
class NeutralStartMigrationTest {
    private static final MigrationVersion V105 = MigrationVersion.fromVersion("105");

    private static DriverManagerDataSource database(String kind) {
        return kind.equals("h2")
                ? new DriverManagerDataSource(TestDatabases.h2Url(TestDatabases.newDataDir()), "sa", "")
                : new DriverManagerDataSource(TestDatabases.newPostgresDatabase(), TestDatabases.pgUser(), TestDatabases.pgPassword());
    }

    private static Flyway flyway(DriverManagerDataSource ds, MigrationVersion target) {
        return Flyway.configure().dataSource(ds).locations("classpath:db/migration").target(target).load();
    }

    /** Everything before V105, whatever other migrations below it there are. */
    private static void migrateToJustBefore(DriverManagerDataSource ds) {
        MigrationVersion before = java.util.Arrays.stream(flyway(ds, MigrationVersion.LATEST).info().all()).map(i -> i.getVersion())
                .filter(v -> v != null && v.compareTo(V105) < 0).max(MigrationVersion::compareTo).orElseThrow();
        flyway(ds, before).migrate();
    }

    private static Map<String, Object> settings(JdbcClient jdbc) {
        return jdbc.sql("select province, parent_body, site, signer_name, report_symbol, place from department_setting where id = 1")
                .query().singleRow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void anEmptyDatabaseStartsWithNoDepartment(String kind) {
        DriverManagerDataSource ds = database(kind);
        flyway(ds, MigrationVersion.LATEST).migrate();
        Map<String, Object> s = settings(JdbcClient.create(ds));
        assertThat(s.values()).allMatch(""::equals);
    }

    /** Migrates to just before V105, lets {@code inUse} write, migrates to the end and reads the settings. */
    private static Map<String, Object> settingsAfter(String kind, String inUse) {
        DriverManagerDataSource ds = database(kind);
        migrateToJustBefore(ds);
        JdbcClient jdbc = JdbcClient.create(ds);
        jdbc.sql(inUse).update();
        flyway(ds, MigrationVersion.LATEST).migrate();
        return settings(jdbc);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aDatabaseWithRecordsKeepsItsSettingsAndItsReportsTheirSymbol(String kind) {
        assertThat(settingsAfter(kind, "insert into organisation(name, name_folded, kind) values ('Trung tâm thử', 'trung tam thu', 'PUBLIC')"))
                .containsEntry("province", "Cao Bằng").containsEntry("parent_body", "UBND TỈNH CAO BẰNG")
                .containsEntry("report_symbol", "BC-SKH&CN").containsEntry("place", "Cao Bằng");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void settingsAlreadyEditedAreKeptEvenWithoutRecords(String kind) {
        assertThat(settingsAfter(kind, "update department_setting set signer_name = 'Người Ký', version = version + 1 where id = 1"))
                .containsEntry("signer_name", "Người Ký").containsEntry("report_symbol", "BC-SKH&CN");
    }
}
