package vn.gov.khcn.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.gov.khcn.KhcnApplication;
import vn.gov.khcn.reporting.ReportEngine;
import vn.gov.khcn.reporting.ReportKind;

/**
 * The restore drill of docs/operations.md, on both databases: the demo database's backup written by the schedule,
 * a new empty database, the archive restored into it, a server started on it — and the nine-months report of
 * 2021-09 comes out the same, byte for byte (JSON and HTML).
 */
abstract class RestoreDrillContract {
    @Autowired
    DataSource dataSource;
    @Autowired
    ReportEngine engine;
    @Value("${khcn.data-dir}")
    Path dataDir;
    @TempDir
    Path dir;

    /** A new, empty database: its URL. */
    abstract String newDatabase();

    abstract String user();

    abstract String password();

    @Test
    void theScheduledArchiveRestoredIntoANewDatabaseGivesTheSameReportByteForByte() {
        ReportEngine.View before = engine.view(ReportKind.NINE_MONTHS, YearMonth.of(2021, 9));
        String json = engine.json(before);
        String html = engine.html(before);

        ScheduledBackups backups = new ScheduledBackups(dataSource, dataDir, new ScheduledBackups.Settings(dir.resolve("backups"), 3, true,
                Duration.ofHours(1), Duration.ZERO), new JdbcLockProvider(dataSource), Clock.systemUTC(), "diễn tập");
        BackupRun run = backups.runNow("admin");
        assertThat(run.outcome()).as(run.errorMessage()).isEqualTo(BackupRun.Outcome.SUCCEEDED);

        String url = newDatabase();
        DriverManagerDataSource fresh = new DriverManagerDataSource(url, user(), password());
        Flyway.configure().dataSource(fresh).locations("classpath:db/migration").load().migrate();
        Path restoredData = dir.resolve("restored");
        BackupArchive.Summary restored = BackupArchive.restore(fresh, restoredData, dir.resolve("backups").resolve(run.fileName()));
        assertThat(restored.totalRows()).isPositive();

        try (var server = new SpringApplicationBuilder(KhcnApplication.class).web(WebApplicationType.NONE).logStartupInfo(false)
                .run("--khcn.data-dir=" + restoredData, "--spring.datasource.url=" + url, "--spring.datasource.username=" + user(),
                        "--spring.datasource.password=" + password(), "--logging.level.root=ERROR")) {
            ReportEngine other = server.getBean(ReportEngine.class);
            ReportEngine.View after = other.view(ReportKind.NINE_MONTHS, YearMonth.of(2021, 9));
            assertThat(other.json(after)).isEqualTo(json);
            assertThat(other.html(after)).isEqualTo(html);
        }
    }
}
