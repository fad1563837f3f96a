package vn.gov.khcn.backup;

import vn.gov.khcn.testing.TestDatabases;

class ScheduledBackupsOnPostgresTest extends ScheduledBackupsContract {
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
