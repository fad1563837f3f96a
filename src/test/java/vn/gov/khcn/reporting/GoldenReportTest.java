package vn.gov.khcn.reporting;

import org.junit.jupiter.api.Nested;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;

/** {@link GoldenReportContract} on the embedded database and on PostgreSQL. */
class GoldenReportTest {
    @Nested
    @OnH2
    class OnH2Database extends GoldenReportContract {
    }

    @Nested
    @OnPostgres
    class OnPostgresDatabase extends GoldenReportContract {
    }
}
