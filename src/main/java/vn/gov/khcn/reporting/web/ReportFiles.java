package vn.gov.khcn.reporting.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.gov.khcn.reporting.IssuedPdfSigning;
import vn.gov.khcn.reporting.Report;
import vn.gov.khcn.reporting.ReportEngine;
import vn.gov.khcn.shared.DomainException;

/**
 * A report as a file, for the report page's downloads and the API alike: DOCX, PDF (an issued report's the one signed
 * at issue, when signing is configured), HTML or the figures as JSON. An unknown format is refused, naming the four.
 */
final class ReportFiles {
    static final String FORMATS = "docx|pdf|html|json";

    private ReportFiles() {
    }

    static ResponseEntity<byte[]> file(ReportEngine engine, IssuedPdfSigning signer, Report r, String format) {
        ReportEngine.View v = engine.view(r);
        String name = "bao-cao-" + r.kind().code() + "-" + r.period() + "." + format;
        byte[] body;
        MediaType type;
        switch (format) {
            case "docx" -> {
                body = engine.docx(v);
                type = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            }
            case "pdf" -> {
                body = r.issued() && signer != null ? signer.issuedPdf(r, () -> engine.pdf(v)) : engine.pdf(v);
                type = MediaType.APPLICATION_PDF;
            }
            case "json" -> {
                body = engine.json(v).getBytes(StandardCharsets.UTF_8);
                type = MediaType.APPLICATION_JSON;
            }
            case "html" -> {
                body = engine.html(v).getBytes(StandardCharsets.UTF_8);
                type = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
            }
            default -> throw new DomainException("format", "Định dạng \"" + format + "\" không có: dùng docx, pdf, html hoặc json.");
        }
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
