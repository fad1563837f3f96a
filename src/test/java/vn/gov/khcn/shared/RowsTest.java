package vn.gov.khcn.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class RowsTest {
    enum Result { PASS, FAIL }

    record Line(long id, String ownerName, LocalDate verifiedOn, Result result, Long importId, int version) {
    }

    private Connection connection;
    private JdbcClient jdbc;

    @BeforeEach
    void table() throws Exception {
        connection = DriverManager.getConnection("jdbc:h2:mem:rows-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
        try (Statement s = connection.createStatement()) {
            s.execute("create table line (id bigint, owner_name varchar(50), verified_on date, result varchar(10),"
                    + " import_id bigint, version integer)");
            s.execute("insert into line values (1, 'Cơ sở A', date '2021-09-16', 'PASS', null, 0),"
                    + " (2, 'Cơ sở B', date '2021-09-17', 'FAIL', 7, 3)");
        }
        jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    @Test
    void mapsSnakeCaseColumnsInAnyOrderToTheRecordsComponents() {
        List<Line> lines = jdbc.sql("select version, result, import_id, verified_on, owner_name, id from line order by id")
                .query(Rows.of(Line.class)).list();

        assertThat(lines).containsExactly(
                new Line(1, "Cơ sở A", LocalDate.of(2021, 9, 16), Result.PASS, null, 0),
                new Line(2, "Cơ sở B", LocalDate.of(2021, 9, 17), Result.FAIL, 7L, 3));
    }

    @Test
    void readsColumnsNamedLikeTheComponentsToo() {
        Line line = jdbc.sql("select id, owner_name as ownerName, verified_on as \"verifiedOn\", result, import_id, version"
                + " from line where id = 2").query(Rows.of(Line.class)).single();

        assertThat(line.ownerName()).isEqualTo("Cơ sở B");
        assertThat(line.verifiedOn()).isEqualTo(LocalDate.of(2021, 9, 17));
    }

    @Test
    void saysWhichComponentHasNoColumn() {
        assertThatThrownBy(() -> jdbc.sql("select id, owner_name from line").query(Rows.of(Line.class)).list())
                .isInstanceOf(UncategorizedSQLException.class).hasMessageContaining("Line.verifiedon");
    }

    @Test
    void refusesAClassThatIsNotARecord() {
        assertThatThrownBy(() -> Rows.of(String.class)).isInstanceOf(IllegalArgumentException.class);
    }
}
