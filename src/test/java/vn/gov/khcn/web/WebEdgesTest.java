package vn.gov.khcn.web;

import org.junit.jupiter.api.Nested;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;

/** {@link WebEdgesContract} on the embedded database and on PostgreSQL. */
class WebEdgesTest {
    @Nested
    @OnH2
    class OnH2Database extends WebEdgesContract {
    }

    @Nested
    @OnPostgres
    class OnPostgresDatabase extends WebEdgesContract {
    }
}
