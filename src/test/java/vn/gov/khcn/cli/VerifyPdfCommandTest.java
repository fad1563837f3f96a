package vn.gov.khcn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.khcn.signing.TestCertificates;
import vn.gov.khcn.testing.CommandRun;

/** {@code khcn verify-pdf FILE}: 0 valid, 1 invalid or changed, 2 usage; it names the signer in Vietnamese. */
class VerifyPdfCommandTest {
    static final TestCertificates certs = TestCertificates.create();
    static final byte[] signed = certs.signedSample(Clock.systemUTC());

    @TempDir
    Path dir;

    @Test
    void aSignedPdfIsValidWithTheTrustAnchorAndExits0() throws Exception {
        Path pdf = Files.write(dir.resolve("da-ky.pdf"), signed);
        CommandRun r = CommandRun.khcn("verify-pdf", pdf.toString(), "--trust", certs.caPem(dir).toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Chữ ký 1: HỢP LỆ", "Người ký: " + TestCertificates.SIGNER, "Tổ chức: " + TestCertificates.DEPARTMENT,
                "chứng thư gốc tin cậy đã cấu hình", "Kết luận: chữ ký số hợp lệ.");
        assertThat(CommandRun.khcn("verify-pdf", pdf.toString()).out()).contains("không kiểm tra được chuỗi tin cậy");
    }

    @Test
    void aChangedOrUnsignedPdfOrAnotherCaExits1() throws Exception {
        byte[] changed = signed.clone();
        changed[10] ^= 0x01;
        CommandRun r = CommandRun.khcn("verify-pdf", Files.write(dir.resolve("sua.pdf"), changed).toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("ĐÃ BỊ THAY ĐỔI sau khi ký");
        assertThat(CommandRun.khcn("verify-pdf", Files.write(dir.resolve("chua-ky.pdf"), TestCertificates.smallPdf()).toString()).code()).isEqualTo(1);
        Path other = TestCertificates.create("CA khác").caPem(dir);
        assertThat(CommandRun.khcn("verify-pdf", Files.write(dir.resolve("da-ky.pdf"), signed).toString(), "--trust", other.toString()).code()).isEqualTo(1);
    }

    @Test
    void noFileAMissingFileOrABadTrustFileExits2() throws Exception {
        assertThat(CommandRun.khcn("verify-pdf").code()).isEqualTo(2);
        CommandRun missing = CommandRun.khcn("verify-pdf", dir.resolve("khong-co.pdf").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("Không có tệp", "Usage: khcn verify-pdf");
        Path pdf = Files.write(dir.resolve("da-ky.pdf"), signed);
        Path notPem = Files.writeString(dir.resolve("x.pem"), "không phải chứng thư");
        assertThat(CommandRun.khcn("verify-pdf", pdf.toString(), "--trust", notPem.toString()).code()).isEqualTo(2);
    }
}
