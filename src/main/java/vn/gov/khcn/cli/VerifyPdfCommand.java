package vn.gov.khcn.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.signing.PdfSignatureVerifier;

/** {@code khcn verify-pdf FILE}: checks a PDF's digital signatures without opening the database. */
@Command(name = "verify-pdf", description = "Kiểm tra chữ ký số của tệp PDF: ai ký, khi nào, chứng thư số nào, "
        + "tài liệu có bị thay đổi sau khi ký không. Mã thoát 0: hợp lệ; 1: không hợp lệ hoặc đã bị thay đổi; 2: sai cách dùng.")
class VerifyPdfCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "Tệp PDF cần kiểm tra")
    Path file;

    @Option(names = "--trust", paramLabel = "PEM", description = "Chứng thư gốc tin cậy (tệp PEM, như khcn.signing.trust); "
            + "không có thì không kiểm tra chuỗi tin cậy")
    Path trust;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        byte[] pdf;
        PdfSignatureVerifier verifier;
        try {
            if (!Files.isRegularFile(file)) {
                throw new DomainException("file", "Không có tệp " + file + ".");
            }
            verifier = new PdfSignatureVerifier(trust == null ? List.of() : PdfSignatureVerifier.readCertificates(trust));
            pdf = Files.readAllBytes(file);
        } catch (DomainException | IOException e) {
            err.println(e instanceof DomainException ? e.getMessage() : "Không đọc được tệp " + file + ": " + e.getMessage());
            spec.commandLine().usage(err);
            return 2;
        }
        var result = verifier.verify(pdf);
        out.println("Tệp: " + file);
        result.lines().forEach(out::println);
        out.println(result.valid() ? "Kết luận: chữ ký số hợp lệ." : "Kết luận: chữ ký số KHÔNG hợp lệ hoặc tệp chưa được ký.");
        return result.valid() ? 0 : 1;
    }
}
