package vn.gov.khcn.metrology;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The instrument types a node keeps in memory: another node's change is seen once the copy is older than allowed. */
class InstrumentTypesFreshnessTest {
    private Connection connection;
    private JdbcClient jdbc;

    @BeforeEach
    void table() throws Exception {
        connection = DriverManager.getConnection("jdbc:h2:mem:types-fresh;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
        try (Statement s = connection.createStatement()) {
            s.execute("create table instrument_type (code varchar(40), name varchar(300), interval_months integer, sort_order integer,"
                    + " retired boolean)");
            s.execute("insert into instrument_type values ('TAXIMET', 'Taximet', 18, 1, false)");
        }
        jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    @Test
    void aCopyWithinItsFreshnessIsKeptAndAnOlderOneIsReadAgain() {
        InstrumentTypes kept = new InstrumentTypes(jdbc, 3600);
        InstrumentTypes fresh = new InstrumentTypes(jdbc, 0);
        assertThat(kept.find("TAXIMET")).hasValueSatisfying(t -> assertThat(t.intervalMonths()).isEqualTo(18));
        assertThat(fresh.find("TAXIMET")).isPresent();

        // another node adds a type
        jdbc.sql("insert into instrument_type values ('DO_CON', 'Phương tiện đo nồng độ cồn', 12, 2, false)").update();

        assertThat(kept.find("DO_CON")).as("an hour's copy").isEmpty();
        assertThat(fresh.find("DO_CON")).hasValueSatisfying(t -> assertThat(t.name()).isEqualTo("Phương tiện đo nồng độ cồn"));
        assertThat(fresh.all()).extracting(InstrumentType::code).containsExactly("TAXIMET", "DO_CON");
    }
}
