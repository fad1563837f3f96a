package vn.gov.khcn.reporting;

import org.junit.jupiter.api.Nested;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;

/** {@link ReportWorkflowContract} on the embedded database and on PostgreSQL. */
class ReportWorkflowTest {
    @Nested
    @OnH2
    class OnH2Database extends ReportWorkflowContract {
    }

    @Nested
    @OnPostgres
    class OnPostgresDatabase extends ReportWorkflowContract {
    }
}
