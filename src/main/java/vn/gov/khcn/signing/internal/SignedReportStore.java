package vn.gov.khcn.signing.internal;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The signed PDF of each issued report ({@code report_signed_pdf}): written once, never changed. */
@Component
public class SignedReportStore {
    /** What the audit trail keeps of a signed PDF: not its bytes, but their hash and who signed. */
    public record SignedPdf(long reportId, String sha256, String signer, String certificateSerial, OffsetDateTime signedAt, int size) {
    }

    private final JdbcClient jdbc;

    SignedReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<byte[]> pdf(long reportId) {
        return jdbc.sql("select pdf from report_signed_pdf where report_id = :r").param("r", reportId).query(byte[].class).optional();
    }

    /** Keeps the signed PDF; a second call for the same report fails on the primary key. */
    public void save(SignedPdf s, byte[] pdf) {
        jdbc.sql("""
                insert into report_signed_pdf(report_id, pdf, sha256, signer, certificate_serial, signed_at)
                values (:r, :p, :h, :s, :c, :at)""")
                .param("r", s.reportId()).param("p", pdf).param("h", s.sha256()).param("s", s.signer())
                .param("c", s.certificateSerial()).param("at", s.signedAt()).update();
    }
}
