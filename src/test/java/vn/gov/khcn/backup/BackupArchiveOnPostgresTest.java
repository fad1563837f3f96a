package vn.gov.khcn.backup;

import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.gov.khcn.testing.OnPostgres;
import vn.gov.khcn.testing.TestDatabases;

@OnPostgres
class BackupArchiveOnPostgresTest extends BackupArchiveContract {
    @Override
    DataSource emptyDatabase() {
        return migrated(new DriverManagerDataSource(TestDatabases.newPostgresDatabase(), TestDatabases.pgUser(), TestDatabases.pgPassword()));
    }
}
