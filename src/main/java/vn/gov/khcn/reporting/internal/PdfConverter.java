package vn.gov.khcn.reporting.internal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import vn.gov.khcn.shared.DomainException;

/**
 * DOCX → PDF with one {@code soffice --headless --convert-to pdf} process per conversion: the fallback when the pool of
 * LibreOffice processes ({@link OfficePool}) cannot start, and the "before" of the PDF benchmark (docs/benchmarks.md).
 */
public final class PdfConverter {
    public static final String NOT_INSTALLED = "Máy chủ chưa cài LibreOffice (lệnh soffice) nên chưa xuất được PDF. "
            + "Hãy cài gói libreoffice-writer-nogui và fonts-liberation, hoặc tải bản DOCX.";

    private PdfConverter() {
    }

    public static String soffice() {
        String env = System.getenv("KHCN_SOFFICE");
        if (env != null && !env.isBlank()) {
            return new File(env).canExecute() ? env : null;
        }
        for (String p : new String[]{"/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice", "/opt/libreoffice/program/soffice"}) {
            if (new File(p).canExecute()) {
                return p;
            }
        }
        return null;
    }

    public static byte[] convert(byte[] docx) {
        return convert(docx, soffice());
    }

    /** Converts with the given soffice binary; null means LibreOffice is not installed. */
    public static byte[] convert(byte[] docx, String bin) {
        if (bin == null) {
            throw new DomainException("format", NOT_INSTALLED);
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("khcn-pdf");
            Path in = dir.resolve("bao-cao.docx");
            Files.write(in, docx);
            Process p = new ProcessBuilder(bin, "-env:UserInstallation=file://" + dir.resolve("profile"), "--headless",
                    "--convert-to", "pdf", "--outdir", dir.toString(), in.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new DomainException("format", "LibreOffice không chuyển xong tệp PDF sau 120 giây.");
            }
            Path out = dir.resolve("bao-cao.pdf");
            if (!Files.exists(out)) {
                throw new DomainException("format", "LibreOffice không tạo được tệp PDF: " + Files.readString(dir.resolve("log.txt")).strip());
            }
            return Files.readAllBytes(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DomainException("format", "Việc xuất PDF bị ngắt.");
        } finally {
            if (dir != null) {
                try (Stream<Path> s = Files.walk(dir)) {
                    s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                } catch (IOException ignored) {
                    // a temporary folder left behind is harmless
                }
            }
        }
    }
}
