package vn.gov.khcn.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import vn.gov.khcn.exchange.ImportError;
import vn.gov.khcn.exchange.ImportOutcome;
import vn.gov.khcn.exchange.Imports;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.reporting.Reports;
import vn.gov.khcn.testing.IssuedSeptemberReport;
import vn.gov.khcn.testing.OnH2Alone;
import vn.gov.khcn.testing.OnPostgresAlone;
import vn.gov.khcn.testing.Workbooks;

/**
 * A task's history moved in by spreadsheet honours the issued reports' periods as an event recorded by hand does: an
 * event dated in the issued September 2021 report's period refuses the file without the import's reason, naming row
 * and column; with the reason the events go in, audited with it. Each database is this test's own (the issued report
 * stays out of the other tests' databases).
 */
class TaskHistoryImportInIssuedPeriodTest {
    static final String OWN_DATABASE = "khcn.test.database=task-history-import-in-an-issued-period";

    @Nested
    @OnH2Alone
    @TestPropertySource(properties = OWN_DATABASE)
    class OnEmbeddedDatabase extends TaskHistoryImportInIssuedPeriodContract {
    }

    @Nested
    @OnPostgresAlone
    @TestPropertySource(properties = OWN_DATABASE)
    class OnPostgreSql extends TaskHistoryImportInIssuedPeriodContract {
    }
}

abstract class TaskHistoryImportInIssuedPeriodContract {
    @Autowired
    vn.gov.khcn.reporting.ReportSections reportSections;
    @Autowired
    Imports imports;
    @Autowired
    Reports reports;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Tasks tasks;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path dir;

    @BeforeEach
    void issuedAndSignedIn() {
        IssuedSeptemberReport.issue(reports, reportSections, accounts);
        var p = accounts.loadUserByUsername("qlkh");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(p, null, p.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anEventInTheIssuedPeriodNeedsTheImportsReason() throws IOException {
        String code = "LS.KY." + UUID.randomUUID().toString().substring(0, 6);
        long id = tasks.record(new TaskCommand(code, "Nhiệm vụ chuyển vào " + code, TaskKind.RESEARCH, TaskLevel.PROVINCIAL, null, 2021,
                null, null, null, 12, null, null, null)).id();
        List<Object[]> rows = List.of(new Object[] {code, "Phê duyệt", LocalDate.of(2021, 9, 1), null, null, null, null},
                new Object[] {code, "Đưa vào danh mục", LocalDate.of(2021, 8, 20), null, null, null, null});
        Path file = Workbooks.fill(imports.template("task-events"), "Su kien nhiem vu", rows, dir.resolve("thang-9.xlsx"));

        ImportOutcome refused = imports.importFile(file, "thang-9.xlsx", "task-events");
        assertThat(refused.refused()).isTrue();
        assertThat(refused.errors()).singleElement().extracting(ImportError::message).asString()
                .startsWith("Trang \"Su kien nhiem vu\", dòng 3: cột C (Ngày): ").contains("16/9/2021").contains("đã ban hành");
        assertThat(tasks.load(id).events()).isEmpty();

        ImportOutcome withReason = imports.importFile(file, "thang-9.xlsx", "task-events", "Hồ sơ nhiệm vụ chuyển từ phòng Quản lý");
        assertThat(withReason.errors()).isEmpty();
        assertThat(withReason.added()).isEqualTo(2);
        assertThat(tasks.load(id).status()).contains(EventKind.APPROVED);
        assertThat(jdbc.sql("select reason from audit_log where entity_type = 'task' and entity_id = :id and action like 'EVENT_%'")
                .param("id", id).query(String.class).list()).containsOnly("Hồ sơ nhiệm vụ chuyển từ phòng Quản lý").hasSize(2);
    }
}
