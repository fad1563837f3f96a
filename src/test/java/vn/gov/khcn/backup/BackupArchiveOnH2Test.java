package vn.gov.khcn.backup;

import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.TestDatabases;

@OnH2
class BackupArchiveOnH2Test extends BackupArchiveContract {
    @Override
    DataSource emptyDatabase() {
        return migrated(new DriverManagerDataSource(TestDatabases.h2Url(TestDatabases.newDataDir()), "sa", ""));
    }
}
