package vn.gov.khcn.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.gov.khcn.testing.TestDatabases;

/**
 * V270 on both databases: an empty database gets an empty geography (no province named); a database in use keeps its
 * organisations' districts, now former districts they refer to, and the commune typed before as the former commune.
 */
class GeographyMigrationTest {
    private static final MigrationVersion V270 = MigrationVersion.fromVersion("270");

    private static DriverManagerDataSource database(String kind) {
        return kind.equals("h2")
                ? new DriverManagerDataSource(TestDatabases.h2Url(TestDatabases.newDataDir()), "sa", "")
                : new DriverManagerDataSource(TestDatabases.newPostgresDatabase(), TestDatabases.pgUser(), TestDatabases.pgPassword());
    }

    private static Flyway flyway(DriverManagerDataSource ds, MigrationVersion target) {
        return Flyway.configure().dataSource(ds).locations("classpath:db/migration").target(target).load();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void anEmptyDatabaseHasNoGeography(String kind) {
        DriverManagerDataSource ds = database(kind);
        flyway(ds, MigrationVersion.LATEST).migrate();
        JdbcClient jdbc = JdbcClient.create(ds);
        for (String table : List.of("former_district", "commune", "commune_origin")) {
            assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single()).as(table).isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void organisationsKeepTheirDistrictAsAFormerDistrict(String kind) {
        DriverManagerDataSource ds = database(kind);
        MigrationVersion before = java.util.Arrays.stream(flyway(ds, MigrationVersion.LATEST).info().all()).map(i -> i.getVersion())
                .filter(v -> v != null && v.compareTo(V270) < 0).max(MigrationVersion::compareTo).orElseThrow();
        flyway(ds, before).migrate();
        JdbcClient jdbc = JdbcClient.create(ds);
        String insert = "insert into organisation(name, name_folded, kind, district, commune) values (:n, :f, 'ENTERPRISE', :d, :c)";
        jdbc.sql(insert).param("n", "Công ty Một").param("f", "cong ty mot").param("d", "Vĩnh Xuân").param("c", "Xã Bến Đò").update();
        jdbc.sql(insert).param("n", "Công ty Hai").param("f", "cong ty hai").param("d", "An Lạc").param("c", null).update();
        jdbc.sql(insert).param("n", "Công ty Ba").param("f", "cong ty ba").param("d", "Vĩnh Xuân").param("c", null).update();
        jdbc.sql(insert).param("n", "Công ty Bốn").param("f", "cong ty bon").param("d", null).param("c", null).update();
        flyway(ds, MigrationVersion.LATEST).migrate();

        List<Map<String, Object>> districts = jdbc.sql("select code, name, valid_until from former_district order by code").query().listOfRows();
        assertThat(districts).extracting(r -> r.get("code") + " " + r.get("name")).containsExactly("H1 An Lạc", "H2 Vĩnh Xuân");
        assertThat(districts).allMatch(r -> LocalDate.of(2025, 6, 30).toString().equals(r.get("valid_until").toString()));
        Map<String, String> byOrganisation = new java.util.HashMap<>();
        jdbc.sql("""
                select o.name, f.name, o.former_commune, o.commune_id from organisation o left join former_district f on f.id = o.former_district_id""")
                .query((rs, i) -> {
                    assertThat(rs.getObject(4)).isNull();
                    return byOrganisation.put(rs.getString(1), rs.getString(2) + "|" + rs.getString(3));
                }).list();
        assertThat(byOrganisation).containsEntry("Công ty Một", "Vĩnh Xuân|Xã Bến Đò").containsEntry("Công ty Hai", "An Lạc|null")
                .containsEntry("Công ty Ba", "Vĩnh Xuân|null").containsEntry("Công ty Bốn", "null|null");
    }
}
