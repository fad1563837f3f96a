package vn.gov.khcn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.khcn.signing.PdfSigner;
import vn.gov.khcn.signing.TestCertificates;

/** {@code khcn verify-pdf FILE}: 0 valid, 1 invalid or changed, 2 usage; it names the signer in Vietnamese. */
class VerifyPdfCommandTest {
    static TestCertificates certs;
    static byte[] signed;

    @TempDir
    Path dir;

    @BeforeAll
    static void sign() throws Exception {
        certs = TestCertificates.create();
        signed = new PdfSigner(certs.signingKey(), Clock.systemUTC(), null).sign(TestCertificates.smallPdf());
    }

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int code = Khcn.commandLine().execute(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void aSignedPdfIsValidWithTheTrustAnchorAndExits0() throws Exception {
        Path pdf = Files.write(dir.resolve("da-ky.pdf"), signed);
        Run r = run("verify-pdf", pdf.toString(), "--trust", certs.caPem(dir).toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Chữ ký 1: HỢP LỆ", "Người ký: " + TestCertificates.SIGNER, "Tổ chức: " + TestCertificates.DEPARTMENT,
                "chứng thư gốc tin cậy đã cấu hình", "Kết luận: chữ ký số hợp lệ.");
        assertThat(run("verify-pdf", pdf.toString()).out()).contains("không kiểm tra được chuỗi tin cậy");
    }

    @Test
    void aChangedOrUnsignedPdfOrAnotherCaExits1() throws Exception {
        byte[] changed = signed.clone();
        changed[10] ^= 0x01;
        Run r = run("verify-pdf", Files.write(dir.resolve("sua.pdf"), changed).toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("ĐÃ BỊ THAY ĐỔI sau khi ký");
        assertThat(run("verify-pdf", Files.write(dir.resolve("chua-ky.pdf"), TestCertificates.smallPdf()).toString()).code()).isEqualTo(1);
        Path other = TestCertificates.create("CA khác").caPem(dir);
        assertThat(run("verify-pdf", Files.write(dir.resolve("da-ky.pdf"), signed).toString(), "--trust", other.toString()).code()).isEqualTo(1);
    }

    @Test
    void noFileAMissingFileOrABadTrustFileExits2() throws Exception {
        assertThat(run("verify-pdf").code()).isEqualTo(2);
        Run missing = run("verify-pdf", dir.resolve("khong-co.pdf").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("Không có tệp", "Usage: khcn verify-pdf");
        Path pdf = Files.write(dir.resolve("da-ky.pdf"), signed);
        Path notPem = Files.writeString(dir.resolve("x.pem"), "không phải chứng thư");
        assertThat(run("verify-pdf", pdf.toString(), "--trust", notPem.toString()).code()).isEqualTo(2);
    }
}
