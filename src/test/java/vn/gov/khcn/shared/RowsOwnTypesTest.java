package vn.gov.khcn.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.RowMapperResultSetExtractor;

/**
 * {@link Rows} reads a column of one of the application's own types (a {@link Unit}) without asking the driver for
 * that type first: H2 and PostgreSQL answer such a {@code getObject(i, type)} with an exception, built and caught per
 * value (and H2 writes each one to its trace file). The value mapped is the same.
 */
class RowsOwnTypesTest {
    record Owned(long id, Unit unit, String name, LocalDate issuedOn) {
    }

    @Test
    void aUnitColumnIsReadAsItIsAndConvertedWithoutAnExceptionPerValue() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:rows-own-types;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"); Statement s = c.createStatement()) {
            s.execute("create table owned(id bigint, unit varchar(20), name varchar(40), issued_on date)");
            s.execute("insert into owned values (1, 'CENTRE', 'Cân', date '2021-09-16'), (2, 'SCIENCE', 'Đề tài', date '2021-01-04')");
            List<Class<?>> askedFor = new java.util.ArrayList<>();
            List<Owned> rows;
            try (ResultSet rs = s.executeQuery("select id, unit, name, issued_on from owned order by id")) {
                // the driver's result set, recording the types it is asked to read a column as
                ResultSet watched = (ResultSet) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{ResultSet.class},
                        (proxy, method, args) -> {
                            if (method.getName().equals("getObject") && args.length == 2 && args[1] instanceof Class<?> type) {
                                askedFor.add(type);
                            }
                            try {
                                return method.invoke(rs, args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
                rows = new RowMapperResultSetExtractor<>(Rows.of(Owned.class)).extractData(watched);
            }
            assertThat(rows).containsExactly(new Owned(1, Unit.CENTRE, "Cân", LocalDate.of(2021, 9, 16)),
                    new Owned(2, Unit.SCIENCE, "Đề tài", LocalDate.of(2021, 1, 4)));
            assertThat(askedFor).doesNotContain(Unit.class);
        }
    }
}
