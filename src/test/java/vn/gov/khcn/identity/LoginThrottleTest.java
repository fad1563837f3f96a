package vn.gov.khcn.identity;

import org.junit.jupiter.api.Nested;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;

/** {@link LoginThrottleContract} on the embedded database and on PostgreSQL. */
class LoginThrottleTest {
    @Nested
    @OnH2
    class OnH2Database extends LoginThrottleContract {
    }

    @Nested
    @OnPostgres
    class OnPostgresDatabase extends LoginThrottleContract {
    }
}
