package vn.gov.khcn.web;

import org.junit.jupiter.api.Nested;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;

/** {@link ListDownloadsContract} on the embedded database and on PostgreSQL. */
class ListDownloadsTest {
    @Nested
    @OnH2
    class OnH2Database extends ListDownloadsContract {
    }

    @Nested
    @OnPostgres
    class OnPostgresDatabase extends ListDownloadsContract {
    }
}
