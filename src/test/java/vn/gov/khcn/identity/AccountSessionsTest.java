package vn.gov.khcn.identity;

import org.junit.jupiter.api.Nested;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;

/** {@link AccountSessionsContract} on the embedded database and on PostgreSQL. */
class AccountSessionsTest {
    @Nested
    @OnH2
    class OnH2Database extends AccountSessionsContract {
    }

    @Nested
    @OnPostgres
    class OnPostgresDatabase extends AccountSessionsContract {
    }
}
