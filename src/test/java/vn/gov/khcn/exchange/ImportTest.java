package vn.gov.khcn.exchange;

import org.junit.jupiter.api.Nested;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;

/** {@link ImportContract} on the embedded database and on PostgreSQL. */
class ImportTest {
    @Nested
    @OnH2
    class OnH2Database extends ImportContract {
    }

    @Nested
    @OnPostgres
    class OnPostgresDatabase extends ImportContract {
    }
}
