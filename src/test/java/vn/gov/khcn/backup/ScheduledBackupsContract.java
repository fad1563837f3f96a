package vn.gov.khcn.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.gov.khcn.shared.DomainException;

/**
 * Scheduled backups on both databases, the job driven directly at chosen times (a clock of the test's, shared with
 * ShedLock): archives written to the folder and the newest kept, every run recorded, exactly one node per scheduled
 * time, a backup asked for while another is written refused, a failure recorded with its error, and the newest
 * archive restored into a new empty database.
 */
abstract class ScheduledBackupsContract {
    static final Instant NIGHT = Instant.parse("2026-12-01T18:30:00Z"); // 01:30 in Vietnam

    @TempDir
    Path dir;
    DataSource db;
    JdbcClient jdbc;
    final MovableClock clock = new MovableClock(NIGHT);

    /** A new, empty database: its URL. */
    abstract String newDatabase();

    abstract String user();

    abstract String password();

    DataSource migrated(String url) {
        DriverManagerDataSource ds = new DriverManagerDataSource(url, user(), password());
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        return ds;
    }

    @BeforeEach
    void database() {
        db = migrated(newDatabase());
        jdbc = JdbcClient.create(db);
        jdbc.sql("insert into organisation(name, name_folded, kind, former_commune) values ('Viện Sao Lưu Theo Lịch', 'vien sao luu theo lich', "
                + "'RESEARCH_INSTITUTE', 'Hòa An')").update();
        ClockProvider.setClock(clock);
    }

    @AfterEach
    void realClock() {
        ClockProvider.setClock(Clock.systemUTC());
    }

    ScheduledBackups node(String name, int keep) {
        return node(name, keep, dir.resolve("backups"));
    }

    ScheduledBackups node(String name, int keep, Path folder) {
        return new ScheduledBackups(db, dir.resolve("data"), new ScheduledBackups.Settings(folder, keep, true, Duration.ofHours(6),
                Duration.ofMinutes(5)), new JdbcLockProvider(db), clock, name);
    }

    @Test
    void eachNightAnArchiveIsWrittenTheNewestAreKeptAndEveryRunIsRecorded() throws Exception {
        ScheduledBackups a = node("A", 2);
        Path folder = dir.resolve("backups");
        Files.createDirectories(folder);
        Path note = Files.writeString(folder.resolve("ghi-chu.txt"), "không phải tệp sao lưu");
        List<BackupRun> nights = new ArrayList<>();
        for (int night = 0; night < 3; night++) {
            clock.at(NIGHT.plus(Duration.ofDays(night)));
            BackupRun r = a.runScheduled().orElseThrow();
            assertThat(r.outcome()).as(r.errorMessage()).isEqualTo(BackupRun.Outcome.SUCCEEDED);
            assertThat(r.trigger()).isEqualTo(BackupRun.Trigger.SCHEDULED);
            assertThat(r.requestedBy()).isNull();
            assertThat(r.node()).isEqualTo("A");
            assertThat(r.startedAt().toInstant()).isEqualTo(clock.instant());
            assertThat(r.finishedAt()).isNotNull();
            Path file = folder.resolve(r.fileName());
            assertThat(r.sizeBytes()).isEqualTo(Files.size(file)).isPositive();
            assertThat(BackupArchive.isArchive(file)).isTrue();
            nights.add(r);
        }
        assertThat(nights.get(0).fileName()).isEqualTo("khcn-sao-luu-" + NIGHT.atZone(ZoneId.systemDefault())
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")) + ".zip");
        // kept: the two newest; the oldest deleted and its run marked so; the other file of the folder untouched
        assertThat(a.archives()).extracting(p -> p.getFileName().toString()).containsExactly(nights.get(2).fileName(), nights.get(1).fileName());
        assertThat(folder.resolve(nights.get(0).fileName())).doesNotExist();
        assertThat(note).exists();
        var page = a.page(0, 20);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(BackupRun::fileName).containsExactly(nights.get(2).fileName(), nights.get(1).fileName(),
                nights.get(0).fileName());
        assertThat(page.items().get(2).removedAt()).isNotNull();
        assertThat(page.items().get(0).removedAt()).isNull();
        assertThat(page.items().get(1).removedAt()).isNull();
        assertThat(Files.list(folder).map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));

        // the restore drill: the newest archive into a new empty database, read back as its manifest says
        DataSource fresh = migrated(newDatabase());
        BackupArchive.Summary restored = BackupArchive.restore(fresh, dir.resolve("restored"), folder.resolve(nights.get(2).fileName()));
        assertThat(restored.passwords()).isTrue();
        assertThat(JdbcClient.create(fresh).sql("select count(*) from organisation where name = 'Viện Sao Lưu Theo Lịch'").query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void atEachScheduledTimeExactlyOneNodeRuns() throws Exception {
        ScheduledBackups a = node("A", 5);
        ScheduledBackups b = node("B", 5);
        assertThat(a.runScheduled()).isPresent();
        // B's clock half a minute behind A's: the same night, already taken
        clock.at(NIGHT.plusSeconds(30));
        assertThat(b.runScheduled()).isEmpty();
        // both at once on the next night: one runs
        clock.at(NIGHT.plus(Duration.ofDays(1)));
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Optional<BackupRun>> fa = pool.submit(() -> {
                go.await();
                return a.runScheduled();
            });
            Future<Optional<BackupRun>> fb = pool.submit(() -> {
                go.await();
                return b.runScheduled();
            });
            go.countDown();
            assertThat(List.of(fa.get(), fb.get())).filteredOn(Optional::isPresent).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from backup_run").query(Long.class).single()).isEqualTo(2);
        assertThat(a.archives()).hasSize(2);
        // the night after: B alone runs it
        clock.at(NIGHT.plus(Duration.ofDays(2)));
        assertThat(b.runScheduled().orElseThrow().node()).isEqualTo("B");
    }

    @Test
    void aBackupAskedForWhileAnotherIsWrittenIsRefusedAndNothingIsWritten() {
        ScheduledBackups a = node("A", 5);
        Optional<SimpleLock> other = new JdbcLockProvider(db).lock(new LockConfiguration(clock.instant(), ScheduledBackups.RUN_LOCK,
                Duration.ofMinutes(10), Duration.ZERO));
        assertThat(other).isPresent();
        assertThatThrownBy(() -> a.runNow("admin")).isInstanceOf(DomainException.class).hasMessageContaining("Một lần sao lưu khác đang chạy");
        assertThat(a.runScheduled()).isEmpty();
        assertThat(jdbc.sql("select count(*) from backup_run").query(Long.class).single()).isZero();
        assertThat(a.archives()).isEmpty();

        other.get().unlock();
        BackupRun now = a.runNow("admin");
        assertThat(now.outcome()).isEqualTo(BackupRun.Outcome.SUCCEEDED);
        assertThat(now.trigger()).isEqualTo(BackupRun.Trigger.MANUAL);
        assertThat(now.triggerText()).isEqualTo("Sao lưu ngay (admin)");
        // asked for again at once: a second archive (no lock kept after a backup asked for)
        clock.at(NIGHT.plusSeconds(1));
        assertThat(a.runNow("admin").outcome()).isEqualTo(BackupRun.Outcome.SUCCEEDED);
        assertThat(a.archives()).hasSize(2);
    }

    @Test
    void aRunLeftRunningByANodeThatStoppedIsClosedAsFailedByTheNextRun() {
        ScheduledBackups a = node("A", 5);
        jdbc.sql("insert into backup_run(trigger_kind, node, started_at, file_name, outcome) values ('SCHEDULED', 'B', :s, "
                + "'khcn-sao-luu-20261130-013000-000.zip', 'RUNNING')").param("s", NIGHT.minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC)).update();
        BackupRun now = a.runScheduled().orElseThrow();
        assertThat(now.outcome()).isEqualTo(BackupRun.Outcome.SUCCEEDED);
        BackupRun left = a.page(0, 20).items().get(1);
        assertThat(left.node()).isEqualTo("B");
        assertThat(left.outcome()).isEqualTo(BackupRun.Outcome.FAILED);
        assertThat(left.finishedAt().toInstant()).isEqualTo(NIGHT);
        assertThat(left.errorMessage()).startsWith("Không kết thúc: máy chủ đã dừng khi đang sao lưu");
    }

    @Test
    void aRunThatCannotWriteIsRecordedWithItsErrorAndDeletesNoArchive() throws Exception {
        ScheduledBackups a = node("A", 1);
        assertThat(a.runScheduled().orElseThrow().outcome()).isEqualTo(BackupRun.Outcome.SUCCEEDED);
        Path notAFolder = Files.writeString(dir.resolve("tep-thuong"), "x");
        ScheduledBackups broken = node("A", 1, notAFolder.resolve("backups"));
        clock.at(NIGHT.plus(Duration.ofDays(1)));
        BackupRun failed = broken.runScheduled().orElseThrow();
        assertThat(failed.outcome()).isEqualTo(BackupRun.Outcome.FAILED);
        assertThat(failed.finishedAt()).isNotNull();
        assertThat(failed.sizeBytes()).isNull();
        assertThat(failed.errorMessage()).startsWith("Không ghi được tệp sao lưu vào thư mục").contains("tep-thuong")
                .contains("không phải thư mục");
        // the archive of the night before is still there: a failed run applies no retention
        assertThat(a.archives()).hasSize(1);
        assertThat(a.page(0, 20).items()).extracting(BackupRun::outcome).containsExactly(BackupRun.Outcome.FAILED, BackupRun.Outcome.SUCCEEDED);
    }

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void at(Instant t) {
            now = t;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
