package vn.gov.khcn.exchange;

import org.junit.jupiter.api.Nested;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;

/** {@link ExchangeWebContract} on the embedded database and on PostgreSQL. */
class ExchangeWebTest {
    @Nested
    @OnH2
    class OnH2Database extends ExchangeWebContract {
    }

    @Nested
    @OnPostgres
    class OnPostgresDatabase extends ExchangeWebContract {
    }
}
