package vn.gov.khcn.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.reporting.Report;
import vn.gov.khcn.reporting.ReportStatus;
import vn.gov.khcn.reporting.Reports;
import vn.gov.khcn.reporting.internal.PdfConverter;
import vn.gov.khcn.testing.IssuedSeptemberReport;
import vn.gov.khcn.testing.OnH2Alone;
import vn.gov.khcn.testing.OnPostgresAlone;

/**
 * With the department's PKCS#12 key configured, issuing the September 2021 report signs its PDF right after the
 * issue and keeps it: every download is those bytes, valid for our verifier and for poppler's pdfsig.
 */
class IssuedReportSigningTest {
    static final TestCertificates CERTS = TestCertificates.create();
    static final Path KEYS;

    static {
        try {
            KEYS = Files.createTempDirectory("khcn-signing");
            CERTS.pkcs12(KEYS, "mat-khau-thu");
            Files.writeString(KEYS.resolve("password"), "mat-khau-thu\n");
            CERTS.caPem(KEYS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void signingProperties(DynamicPropertyRegistry r) {
        r.add("khcn.signing.pkcs12", () -> KEYS.resolve("so-khcn.p12").toString());
        r.add("khcn.signing.password-file", () -> KEYS.resolve("password").toString());
        r.add("khcn.signing.trust", () -> KEYS.resolve("ca-" + CERTS.ca.getSerialNumber() + ".pem").toString());
    }

    @Nested
    @OnH2Alone
    class OnEmbeddedDatabase extends IssuedReportSigningContract {
        @DynamicPropertySource
        static void signing(DynamicPropertyRegistry r) {
            signingProperties(r);
        }
    }

    @Nested
    @OnPostgresAlone
    class OnPostgreSql extends IssuedReportSigningContract {
        @DynamicPropertySource
        static void signing(DynamicPropertyRegistry r) {
            signingProperties(r);
        }
    }
}

abstract class IssuedReportSigningContract {
    @Autowired
    vn.gov.khcn.reporting.ReportSections reportSections;
    @Autowired
    Reports reports;
    @Autowired
    UserAccounts users;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void libreOffice() {
        if (PdfConverter.soffice() == null) {
            System.out.println("LibreOffice (soffice) is not installed: signing an issued report's PDF is not tested here");
        }
        assumeTrue(PdfConverter.soffice() != null, "LibreOffice is not installed here");
    }

    private byte[] download(long id) throws Exception {
        return mvc.perform(get("/reports/" + id + "/download.pdf").with(user(users.loadUserByUsername("xem")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void theIssuedReportsPdfIsSignedAtIssueKeptOnceAndValid() throws Exception {
        Report r = IssuedSeptemberReport.issue(reports, reportSections, users);
        assertThat(r.status()).isEqualTo(ReportStatus.ISSUED);
        // signed right after the issue committed, before anyone downloaded it
        byte[] kept = jdbc.sql("select pdf from report_signed_pdf where report_id = :r").param("r", r.id()).query(byte[].class).single();
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'report' and entity_id = :r and action = 'SIGN_PDF'")
                .param("r", r.id()).query(Long.class).single()).isEqualTo(1);

        byte[] first = download(r.id());
        byte[] second = download(r.id());
        assertThat(first).isEqualTo(kept);
        assertThat(second).isEqualTo(kept);
        assertThat(jdbc.sql("select count(*) from report_signed_pdf where report_id = :r").param("r", r.id()).query(Long.class).single()).isOne();

        var result = new PdfSignatureVerifier(List.of(IssuedReportSigningTest.CERTS.ca)).verify(first);
        assertThat(result.valid()).as(String.join("\n", result.lines())).isTrue();
        assertThat(result.signatures()).hasSize(1);
        assertThat(result.signatures().get(0).subjectO()).isEqualTo(TestCertificates.DEPARTMENT);
        assertThat(result.signatures().get(0).trust()).isEqualTo(PdfSignatureVerifier.Trust.TRUSTED);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(first)) {
            var widget = doc.getSignatureFields().get(0).getWidgets().get(0);
            assertThat(doc.getPages().indexOf(widget.getPage())).isEqualTo(doc.getNumberOfPages() - 1);
        }

        byte[] changed = first.clone();
        changed[10] ^= 0x01;
        assertThat(new PdfSignatureVerifier(List.of(IssuedReportSigningTest.CERTS.ca)).verify(changed).valid()).isFalse();

        // the administrator is not told signing is missing
        assertThat(mvc.perform(get("/reports/" + r.id()).with(user(users.loadUserByUsername("admin")))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("Chưa cấu hình chữ ký số");

        if (!new File("/usr/bin/pdfsig").canExecute()) {
            System.out.println("pdfsig (poppler-utils) is not installed: the poppler check is skipped");
            return;
        }
        assertThat(pdfsig(first)).contains("Signature is Valid", TestCertificates.SIGNER);
    }

    static String pdfsig(byte[] pdf) throws Exception {
        Path f = Files.createTempFile("khcn-signed", ".pdf");
        try {
            Files.write(f, pdf);
            Process p = new ProcessBuilder("/usr/bin/pdfsig", f.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return out;
        } finally {
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
