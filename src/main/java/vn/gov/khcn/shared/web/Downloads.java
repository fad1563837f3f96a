package vn.gov.khcn.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.TableWriter;

/**
 * A list page's rows as a file: {@code ?export=xlsx} or {@code ?export=csv} on the page's own address, with
 * its filters, gives every row they select (not only the page shown), streamed.
 */
public final class Downloads {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    /** Whether the request asks for a file; an unknown format is a Vietnamese error. */
    public static boolean requested(String export) {
        if (export == null || export.isBlank()) {
            return false;
        }
        if (!export.equals("xlsx") && !export.equals("csv")) {
            throw new DomainException("export", "Định dạng \"" + export + "\" không hỗ trợ: chọn xlsx hoặc csv.");
        }
        return true;
    }

    /**
     * Streams {@code rows} (each an array of values: LocalDate, Number or text) under {@code headings} as
     * {@code fileBase.xlsx} or {@code fileBase.csv}.
     */
    public static void table(HttpServletResponse res, String export, String fileBase, String sheetName, List<String> headings,
                             Consumer<Consumer<Object[]>> rows) {
        boolean xlsx = export.equals("xlsx");
        res.setContentType(xlsx ? XLSX : "text/csv; charset=UTF-8");
        res.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(fileBase + (xlsx ? ".xlsx" : ".csv"), StandardCharsets.UTF_8).build().toString());
        try (TableWriter w = xlsx ? TableWriter.xlsx(sheetName, headings, res.getOutputStream()) : TableWriter.csv(headings, res.getOutputStream())) {
            rows.accept(w::row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            res.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
