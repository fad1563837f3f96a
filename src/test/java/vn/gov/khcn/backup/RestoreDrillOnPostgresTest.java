package vn.gov.khcn.backup;

import vn.gov.khcn.testing.OnPostgres;
import vn.gov.khcn.testing.TestDatabases;

@OnPostgres
class RestoreDrillOnPostgresTest extends RestoreDrillContract {
    @Override
    String newDatabase() {
        return TestDatabases.newPostgresDatabase();
    }

    @Override
    String user() {
        return TestDatabases.pgUser();
    }

    @Override
    String password() {
        return TestDatabases.pgPassword();
    }
}
