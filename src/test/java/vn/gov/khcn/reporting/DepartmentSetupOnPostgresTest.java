package vn.gov.khcn.reporting;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;
import vn.gov.khcn.testing.DatabaseInitializers;

@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = DatabaseInitializers.FirstStartPostgres.class)
class DepartmentSetupOnPostgresTest extends DepartmentSetupContract {
}
