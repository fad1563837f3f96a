package vn.gov.khcn.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signing a PDF as PAdES B and reading the signature back, with our verifier and with poppler's pdfsig. */
class PdfSignerTest {
    /** Now, as the test certificates are valid from yesterday; the appearance shows it in Vietnam's time. */
    static final Clock CLOCK = Clock.fixed(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), ZoneOffset.UTC);
    static final String ISO_TIME = java.time.OffsetDateTime.ofInstant(CLOCK.instant(), PdfSigner.VIETNAM)
            .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    static final TestCertificates certs = TestCertificates.create();
    static final byte[] signed = certs.signedSample(CLOCK);

    @TempDir
    Path dir;

    @Test
    void aSignedPdfIsValidAndNamesTheSignerTheTimeAndTheCertificate() {
        var result = new PdfSignatureVerifier(List.of(certs.ca)).verify(signed);
        assertThat(result.valid()).isTrue();
        var s = result.signatures().get(0);
        assertThat(s.subFilter()).isEqualTo("ETSI.CAdES.detached");
        assertThat(s.subjectCn()).isEqualTo(TestCertificates.SIGNER);
        assertThat(s.subjectO()).isEqualTo(TestCertificates.DEPARTMENT);
        assertThat(s.coversWholeFile()).isTrue();
        assertThat(s.digestMatches()).isTrue();
        assertThat(s.trust()).isEqualTo(PdfSignatureVerifier.Trust.TRUSTED);
        assertThat(String.join("\n", result.lines()))
                .contains("Chữ ký 1: HỢP LỆ", "Người ký: Nguyễn Văn Ký — Tổ chức: " + TestCertificates.DEPARTMENT,
                        ISO_TIME, "số hiệu " + certs.department.getSerialNumber().toString(16).toUpperCase(),
                        "Tài liệu không bị thay đổi sau khi ký", "chứng thư gốc tin cậy đã cấu hình", "OCSP/CRL");
    }

    @Test
    void theAppearanceOnTheLastPageCarriesOrganisationSignerAndIsoTime() throws Exception {
        assumeTrue(new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").canRead()
                || new File("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf").canRead(), "no Vietnamese TTF on this machine");
        try (var doc = Loader.loadPDF(signed)) {
            var widget = doc.getSignatureFields().get(0).getWidgets().get(0);
            assertThat(doc.getPages().indexOf(widget.getPage())).isEqualTo(doc.getNumberOfPages() - 1);
            var ap = widget.getAppearance().getNormalAppearance().getAppearanceStream();
            var font = ap.getResources().getFont(ap.getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            // the appearance's text, as a reader draws it
            try (var probe = new org.apache.pdfbox.pdmodel.PDDocument()) {
                var page = new org.apache.pdfbox.pdmodel.PDPage(new org.apache.pdfbox.pdmodel.common.PDRectangle(300, 100));
                probe.addPage(page);
                try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(probe, page)) {
                    cs.drawForm(ap);
                }
                String text = new PDFTextStripper().getText(probe);
                assertThat(text).contains("Ký bởi: " + TestCertificates.DEPARTMENT, "Người ký: " + TestCertificates.SIGNER,
                        "Thời gian ký: " + ISO_TIME);
            }
        }
    }

    @Test
    void theAppearanceTimeIsIso8601InVietnamsOffset() {
        assertThat(ISO_TIME).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00");
    }

    @Test
    void oneByteChangedAfterSigningIsReportedAsChanged() {
        byte[] changed = signed.clone();
        // the binary comment of the header: the file still reads, only the signed bytes differ
        assertThat(new String(changed, 0, 9, StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.");
        assertThat(changed[9]).isEqualTo((byte) '%');
        changed[10] ^= 0x01;
        var result = new PdfSignatureVerifier(List.of(certs.ca)).verify(changed);
        assertThat(result.valid()).isFalse();
        assertThat(result.signatures().get(0).digestMatches()).isFalse();
        assertThat(String.join("\n", result.lines())).contains("KHÔNG HỢP LỆ", "ĐÃ BỊ THAY ĐỔI sau khi ký");
    }

    @Test
    void contentAppendedAfterTheSignatureIsReportedAsChanged() {
        byte[] appended = new byte[signed.length + 12];
        System.arraycopy(signed, 0, appended, 0, signed.length);
        System.arraycopy("\n% appended\n".getBytes(StandardCharsets.US_ASCII), 0, appended, signed.length, 12);
        var result = new PdfSignatureVerifier(List.of()).verify(appended);
        assertThat(result.valid()).isFalse();
        assertThat(result.signatures().get(0).coversWholeFile()).isFalse();
        assertThat(String.join("\n", result.lines())).contains("không bao trùm toàn bộ tệp");
    }

    @Test
    void withoutTrustAnchorTheChainIsNotChecked_andAnotherCaIsNotTrusted() {
        var unchecked = new PdfSignatureVerifier(List.of()).verify(signed);
        assertThat(unchecked.valid()).isTrue();
        assertThat(String.join("\n", unchecked.lines())).contains("không kiểm tra được chuỗi tin cậy");
        var other = new PdfSignatureVerifier(List.of(TestCertificates.create("CA khác").ca)).verify(signed);
        assertThat(other.valid()).isFalse();
        assertThat(other.signatures().get(0).trust()).isEqualTo(PdfSignatureVerifier.Trust.UNTRUSTED);
    }

    @Test
    void anUnsignedPdfAndAFileThatIsNoPdfAreNotValid() throws Exception {
        assertThat(new PdfSignatureVerifier(List.of()).verify(TestCertificates.smallPdf()).lines()).containsExactly("Tệp PDF này không có chữ ký số.");
        assertThat(new PdfSignatureVerifier(List.of()).verify("hello".getBytes(StandardCharsets.UTF_8)).valid()).isFalse();
    }

    @Test
    void theKeyIsReadFromAPkcs12File() throws Exception {
        SigningKey key = SigningKey.fromPkcs12(certs.pkcs12(dir, "mat-khau"), "mat-khau".toCharArray());
        assertThat(key.certificate()).isEqualTo(certs.department);
        assertThat(key.chain()).containsExactly(certs.department, certs.ca);
    }

    @Test
    void popplerSaysTheSignatureIsValidAndNamesTheSigner() throws Exception {
        if (!new File("/usr/bin/pdfsig").canExecute()) {
            System.out.println("pdfsig (poppler-utils) is not installed: the poppler check is skipped");
            assumeTrue(false, "pdfsig is not installed");
        }
        Path pdf = dir.resolve("signed.pdf");
        Files.write(pdf, signed);
        Process p = new ProcessBuilder("/usr/bin/pdfsig", pdf.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("Signature is Valid", TestCertificates.SIGNER, "ETSI.CAdES.detached");
    }
}
