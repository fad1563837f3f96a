package vn.gov.khcn.metrology;

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
import vn.gov.khcn.exchange.ImportOutcome;
import vn.gov.khcn.exchange.Imports;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.reporting.Reports;
import vn.gov.khcn.testing.IssuedSeptemberReport;
import vn.gov.khcn.testing.OnH2Alone;
import vn.gov.khcn.testing.OnPostgresAlone;
import vn.gov.khcn.testing.Workbooks;

/**
 * The bulk import of verifications honours the issued reports' periods as a record entered by hand does: a file whose
 * rows fall in the issued September 2021 report's period is refused without a reason, naming the period; with one it
 * goes in, and the report's restatement names the import. Rows already in the register write nothing and need none.
 * Each database is this test's own (the property makes its context, and so its database, a new one): the issued report
 * stays out of the other isolated tests' database, where a test may still want a draft report of 2021.
 */
class VerificationImportInIssuedPeriodTest {
    static final String OWN_DATABASE = "khcn.test.database=verification-import-in-an-issued-period";

    @Nested
    @OnH2Alone
    @TestPropertySource(properties = OWN_DATABASE)
    class OnEmbeddedDatabase extends VerificationImportInIssuedPeriodContract {
    }

    @Nested
    @OnPostgresAlone
    @TestPropertySource(properties = OWN_DATABASE)
    class OnPostgreSql extends VerificationImportInIssuedPeriodContract {
    }
}

abstract class VerificationImportInIssuedPeriodContract {
    @Autowired
    vn.gov.khcn.reporting.ReportSections reportSections;
    @Autowired
    Imports imports;
    @Autowired
    Reports reports;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path dir;

    @BeforeEach
    void issuedAndSignedIn() {
        IssuedSeptemberReport.issue(reports, reportSections, accounts);
        var p = accounts.loadUserByUsername("trungtam");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(p, null, p.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A filled template of {@code n} verifications of new serials, on the day {@code on}. */
    Path file(String name, int n, LocalDate on) throws IOException {
        String prefix = "KĐ-KY-" + UUID.randomUUID().toString().substring(0, 6);
        List<Object[]> rows = Workbooks.rows(n, i -> new Object[] {"Đồng hồ nước", prefix + "-" + i, "Trung tâm Y tế huyện Hòa An", on,
                "Định kỳ", "Đạt", "TEM-" + i, null});
        return Workbooks.fill(imports.template("verifications"), "Kiem dinh", rows, dir.resolve(name + ".xlsx"));
    }

    long restatements(long importId) {
        return jdbc.sql("select count(*) from report_restatement where entity_type = 'exchange_import' and entity_id = :id")
                .param("id", importId).query(Long.class).single();
    }

    long imported(long importId) {
        return jdbc.sql("select count(*) from verification where import_id = :id").param("id", importId).query(Long.class).single();
    }

    @Test
    void aFileReachingTheIssuedPeriodNeedsAReasonAndItsRestatementNamesTheImport() throws IOException {
        Path september = file("thang-9", 30, LocalDate.of(2021, 9, 3));
        ImportOutcome refused = imports.importFile(september, "thang-9.xlsx", "verifications");
        assertThat(refused.refused()).isTrue();
        assertThat(refused.errors()).singleElement().satisfies(e -> assertThat(e.message())
                .contains("16/9/2021").contains("đã ban hành").contains("lý do"));
        assertThat(imported(refused.importId())).isZero();

        ImportOutcome withReason = imports.importFile(september, "thang-9.xlsx", "verifications", "Sổ kiểm định tháng 9 nhận muộn");
        assertThat(withReason.errors()).isEmpty();
        assertThat(withReason.added()).isEqualTo(30);
        assertThat(imported(withReason.importId())).isEqualTo(30);
        assertThat(restatements(withReason.importId())).isPositive();
        assertThat(jdbc.sql("select reason from report_restatement where entity_type = 'exchange_import' and entity_id = :id")
                .param("id", withReason.importId()).query(String.class).list()).containsOnly("Sổ kiểm định tháng 9 nhận muộn");

        // the same file again writes nothing, so it needs no reason
        ImportOutcome again = imports.importFile(september, "thang-9.xlsx", "verifications");
        assertThat(again.refused()).isFalse();
        assertThat(again.skipped()).isEqualTo(30);
        assertThat(restatements(again.importId())).isZero();
    }

    @Test
    void aFileOutsideTheIssuedPeriodsNeedsNoReason() throws IOException {
        ImportOutcome out = imports.importFile(file("nam-2022", 5, LocalDate.of(2022, 3, 1)), "nam-2022.xlsx", "verifications");
        assertThat(out.errors()).isEmpty();
        assertThat(out.added()).isEqualTo(5);
        assertThat(restatements(out.importId())).isZero();
    }
}
