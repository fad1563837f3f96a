package vn.gov.khcn.backup;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The scheduled backups' settings (khcn.backup.* in application.properties) and the database lock they claim. */
@Configuration(proxyBeanMethods = false)
class BackupConfig {
    /** Locks in table shedlock (V230), shared by every node on the database. */
    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcLockProvider(dataSource);
    }

    @Bean
    ScheduledBackups scheduledBackups(DataSource dataSource, LockProvider locks, Clock clock, @Value("${khcn.data-dir}") Path dataDir,
                                      @Value("${khcn.backup.dir:}") String folder, @Value("${khcn.backup.keep:14}") int keep,
                                      @Value("${khcn.backup.with-passwords:true}") boolean withPasswords,
                                      @Value("${khcn.backup.lock-at-most:PT6H}") Duration lockAtMost,
                                      @Value("${khcn.backup.lock-at-least:PT5M}") Duration lockAtLeast) {
        Path dir = folder.isBlank() ? dataDir.resolve("backups") : Path.of(folder);
        return new ScheduledBackups(dataSource, dataDir, new ScheduledBackups.Settings(dir, keep, withPasswords, lockAtMost, lockAtLeast),
                locks, clock, node());
    }

    /** The node's name in backup_run: host name and process id. */
    static String node() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "máy chủ không rõ tên";
        }
        return host + " (tiến trình " + ProcessHandle.current().pid() + ")";
    }

    /**
     * The schedule ({@code khcn.backup.cron}, Spring's six fields, default 01:30 every night; "-" turns it off): only
     * in the server ({@code khcn serve}), never in a one-off command.
     */
    @Component
    @EnableScheduling
    @ConditionalOnWebApplication
    static class Nightly {
        private final ScheduledBackups backups;

        Nightly(ScheduledBackups backups) {
            this.backups = backups;
        }

        @Scheduled(cron = "${khcn.backup.cron:0 30 1 * * *}")
        void run() {
            backups.runScheduled();
        }
    }
}
