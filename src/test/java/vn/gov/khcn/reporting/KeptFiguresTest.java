package vn.gov.khcn.reporting;

import org.junit.jupiter.api.Nested;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;

/** {@link KeptFiguresContract} on the embedded database and on PostgreSQL. */
class KeptFiguresTest {
    @Nested
    @OnH2
    class OnH2Database extends KeptFiguresContract {
    }

    @Nested
    @OnPostgres
    class OnPostgresDatabase extends KeptFiguresContract {
    }
}
