package vn.gov.khcn.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.khcn.backup.internal.BackupRuns;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.PageResult;

/**
 * Backups on a schedule (docs/operations.md): the whole-database archive of {@link BackupArchive} written to the
 * backup folder as {@code khcn-sao-luu-YYYYMMDD-HHMMSS-mmm.zip}, of which the newest {@code keep} are kept and older
 * ones deleted. Several nodes may share one database: a run claims a lock row (ShedLock, table shedlock) first, so
 * exactly one node runs each scheduled time — the schedule's lock is held at least {@code lockAtLeastFor}, so a node
 * whose clock is a little behind finds the time already taken — and a backup asked for on the page never runs beside
 * another. Every run is recorded in backup_run: started, finished, file, size, outcome, error.
 */
public class ScheduledBackups {
    private static final Logger log = LoggerFactory.getLogger(ScheduledBackups.class);
    /** Held by the node that runs a scheduled time, at least {@link Settings#lockAtLeastFor}. */
    public static final String SCHEDULE_LOCK = "khcn-backup-schedule";
    /** Held while an archive is written, by a scheduled run or one asked for. */
    public static final String RUN_LOCK = "khcn-backup";
    /** The names of the archives the schedule writes (and deletes): nothing else in the folder is touched. */
    public static final Pattern ARCHIVE = Pattern.compile("khcn-sao-luu-\\d{8}-\\d{6}-\\d{3}\\.zip");
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    /** The settings: folder, how many archives to keep, password hashes included or not, the locks' durations. */
    public record Settings(Path folder, int keep, boolean withPasswords, Duration lockAtMostFor, Duration lockAtLeastFor) {
        public Settings {
            if (keep < 1) {
                throw new IllegalArgumentException("khcn.backup.keep phải từ 1 trở lên: " + keep);
            }
        }
    }

    private final DataSource dataSource;
    private final Path dataDir;
    private final Settings settings;
    private final LockProvider locks;
    private final Clock clock;
    private final String node;
    private final BackupRuns runs;

    public ScheduledBackups(DataSource dataSource, Path dataDir, Settings settings, LockProvider locks, Clock clock, String node) {
        this.dataSource = dataSource;
        this.dataDir = dataDir;
        this.settings = settings;
        this.locks = locks;
        this.clock = clock;
        this.node = node;
        this.runs = new BackupRuns(JdbcClient.create(dataSource));
    }

    public Settings settings() {
        return settings;
    }

    /**
     * The scheduled run, called at each scheduled time by every node: the node that claims the time writes the
     * archive and applies the retention; the others get empty (and so does this node when a backup asked for on the
     * page is being written).
     */
    public Optional<BackupRun> runScheduled() {
        Instant now = clock.instant();
        Optional<SimpleLock> schedule = locks.lock(new LockConfiguration(now, SCHEDULE_LOCK, settings.lockAtMostFor(), settings.lockAtLeastFor()));
        if (schedule.isEmpty()) {
            log.info("Backup: this scheduled time is taken by another node");
            return Optional.empty();
        }
        try {
            return runLocked(BackupRun.Trigger.SCHEDULED, null);
        } finally {
            schedule.get().unlock();
        }
    }

    /**
     * A backup now, asked for by {@code username} on the page: the run, succeeded or failed (then with its error).
     *
     * @throws DomainException when another backup is being written (on this or another node): nothing is started
     */
    public BackupRun runNow(String username) {
        return runLocked(BackupRun.Trigger.MANUAL, username).orElseThrow(() -> new DomainException("backup",
                "Một lần sao lưu khác đang chạy (trên máy chủ này hoặc máy chủ khác cùng CSDL). Hãy chờ nó xong rồi thử lại."));
    }

    private Optional<BackupRun> runLocked(BackupRun.Trigger trigger, String username) {
        Instant now = clock.instant();
        Optional<SimpleLock> lock = locks.lock(new LockConfiguration(now, RUN_LOCK, settings.lockAtMostFor(), Duration.ZERO));
        if (lock.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(run(trigger, username));
        } finally {
            lock.get().unlock();
        }
    }

    private BackupRun run(BackupRun.Trigger trigger, String username) {
        Instant started = clock.instant();
        runs.abandoned(started);
        Path folder = settings.folder().toAbsolutePath();
        String name = freeName(folder, started);
        long id = runs.start(trigger, username, node, started, name);
        Path part = folder.resolve(name + ".part");
        try {
            createFolder(folder);
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16)) {
                BackupArchive.export(dataSource, dataDir, os, settings.withPasswords());
            }
            Path target = folder.resolve(name);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            ownerOnly(target, "rw-------");
            runs.succeeded(id, clock.instant(), Files.size(target));
            log.info("Backup: {} written ({} bytes)", target, Files.size(target));
        } catch (IOException e) {
            fail(id, part, "Không ghi được tệp sao lưu vào thư mục " + folder + ": " + reason(e), e);
            return runs.find(id);
        } catch (RuntimeException e) {
            fail(id, part, "Lỗi khi sao lưu: " + e.getMessage(), e);
            return runs.find(id);
        }
        keepNewest(folder);
        return runs.find(id);
    }

    private void fail(long id, Path part, String message, Exception e) {
        log.error("Backup failed: {}", message, e);
        try {
            Files.deleteIfExists(part);
        } catch (IOException ignored) {
            // a .part file left behind is never taken for an archive
        }
        runs.failed(id, clock.instant(), message);
    }

    /** Why a file could not be written, in Vietnamese where the cause is a common one. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "không có quyền ghi (" + e.getMessage() + ")";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            String r = f.getReason();
            String vi = r.contains("Not a directory") ? "một phần của đường dẫn là tệp, không phải thư mục"
                    : r.contains("No space left") ? "hết chỗ trên đĩa" : r.contains("Read-only") ? "hệ thống tệp chỉ đọc" : r;
            return vi + " (" + f.getFile() + ")";
        }
        return e.getMessage();
    }

    /** The name for a run started at {@code at}, a millisecond later while one of that name exists. */
    private static String freeName(Path folder, Instant at) {
        Instant t = at;
        while (true) {
            String name = "khcn-sao-luu-" + NAME.format(t.atZone(java.time.ZoneId.systemDefault())) + ".zip";
            if (!Files.exists(folder.resolve(name))) {
                return name;
            }
            t = t.plusMillis(1);
        }
    }

    /** The archives of the schedule in the folder, newest first. */
    public List<Path> archives() {
        Path folder = settings.folder().toAbsolutePath();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> ARCHIVE.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The retention: archives beyond the newest {@code keep} are deleted, and their runs marked removed. */
    private void keepNewest(Path folder) {
        List<Path> all = archives();
        for (Path old : all.subList(Math.min(settings.keep(), all.size()), all.size())) {
            try {
                Files.delete(old);
                runs.removed(old.getFileName().toString(), clock.instant());
                log.info("Backup: {} deleted (keeping the newest {})", old, settings.keep());
            } catch (IOException e) {
                log.warn("Backup: could not delete {}: {}", old, e.getMessage());
            }
        }
    }

    public PageResult<BackupRun> page(int page, int size) {
        return runs.page(page, size);
    }

    public void eachRun(java.util.function.Consumer<BackupRun> sink) {
        runs.each(sink);
    }

    private static void createFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            ownerOnly(folder, "rwx------");
        }
    }

    private static void ownerOnly(Path p, String perms) throws IOException {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: the folder's own permissions apply
        }
    }
}
