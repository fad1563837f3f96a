package vn.gov.khcn.backup;

import vn.gov.khcn.testing.TestDatabases;

class ScheduledBackupsOnH2Test extends ScheduledBackupsContract {
    @Override
    String newDatabase() {
        return TestDatabases.h2Url(TestDatabases.newDataDir());
    }

    @Override
    String user() {
        return "sa";
    }

    @Override
    String password() {
        return "";
    }
}
