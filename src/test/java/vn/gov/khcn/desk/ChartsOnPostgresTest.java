package vn.gov.khcn.desk;

import vn.gov.khcn.testing.OnPostgres;

@OnPostgres
class ChartsOnPostgresTest extends ChartsContract {
    @Override
    int year() {
        return 2011;
    }
}
