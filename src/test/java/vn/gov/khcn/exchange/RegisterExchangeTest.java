package vn.gov.khcn.exchange;

import org.junit.jupiter.api.Nested;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;

/** {@link RegisterExchangeContract} on the embedded database and on PostgreSQL. */
class RegisterExchangeTest {
    @Nested
    @OnH2
    class OnH2Database extends RegisterExchangeContract {
    }

    @Nested
    @OnPostgres
    class OnPostgresDatabase extends RegisterExchangeContract {
    }
}
