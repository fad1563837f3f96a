package vn.gov.khcn.reporting;

import org.junit.jupiter.api.Nested;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;
import vn.gov.khcn.testing.DatabaseInitializers;

/** {@link DepartmentSetupContract} on a fresh, empty embedded database and on a fresh PostgreSQL one. */
class DepartmentSetupTest {
    @Nested
    @SpringBootTest
    @AutoConfigureMockMvc
    @ContextConfiguration(initializers = DatabaseInitializers.FirstStartH2.class)
    class OnH2Database extends DepartmentSetupContract {
    }

    @Nested
    @SpringBootTest
    @AutoConfigureMockMvc
    @ContextConfiguration(initializers = DatabaseInitializers.FirstStartPostgres.class)
    class OnPostgresDatabase extends DepartmentSetupContract {
    }
}
