package vn.gov.khcn.desk;

import vn.gov.khcn.testing.OnPostgres;

@OnPostgres
class DeskOnPostgresTest extends DeskContract {
    @Override
    int month() {
        return 5;
    }
}
