package vn.gov.khcn.backup;

import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.TestDatabases;

@OnH2
class RestoreDrillOnH2Test extends RestoreDrillContract {
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
