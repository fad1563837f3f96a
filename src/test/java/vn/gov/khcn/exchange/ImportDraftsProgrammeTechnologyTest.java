package vn.gov.khcn.exchange;

import org.junit.jupiter.api.Nested;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;

/** {@link ImportDraftsProgrammeTechnologyContract} on the embedded database and on PostgreSQL. */
class ImportDraftsProgrammeTechnologyTest {
    @Nested
    @OnH2
    class OnH2Database extends ImportDraftsProgrammeTechnologyContract {
    }

    @Nested
    @OnPostgres
    class OnPostgresDatabase extends ImportDraftsProgrammeTechnologyContract {
    }
}
