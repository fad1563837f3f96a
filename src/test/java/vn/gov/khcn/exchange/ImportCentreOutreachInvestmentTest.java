package vn.gov.khcn.exchange;

import org.junit.jupiter.api.Nested;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;

/** {@link ImportCentreOutreachInvestmentContract} on the embedded database and on PostgreSQL. */
class ImportCentreOutreachInvestmentTest {
    @Nested
    @OnH2
    class OnH2Database extends ImportCentreOutreachInvestmentContract {
    }

    @Nested
    @OnPostgres
    class OnPostgresDatabase extends ImportCentreOutreachInvestmentContract {
    }
}
