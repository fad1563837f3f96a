package vn.gov.khcn.reporting.internal;

import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The health of the PDF converter ({@code /actuator/health}, component {@code pdfConverter}): UP with the path of
 * LibreOffice's {@code soffice} and the state of the pool of LibreOffice processes ({@link OfficePool}) when it is
 * installed, else DEGRADED — the server works and gives DOCX, HTML and JSON, but no PDF and so no signed PDF of an
 * issued report. DEGRADED answers 200 (application.properties), so a load balancer keeps the node while the
 * monitoring sees what is missing. The details are in Vietnamese.
 */
@Component("pdfConverter")
public class PdfConverterHealth implements HealthIndicator {
    public static final Status DEGRADED = new Status("DEGRADED", "Không có LibreOffice (soffice): không xuất được PDF");
    static final String MISSING = "không tìm thấy: chưa xuất được PDF (chỉ DOCX, HTML, JSON). Cài gói: apt-get install libreoffice-writer-nogui "
            + "fonts-liberation, hoặc đặt KHCN_SOFFICE là đường dẫn tới soffice";

    private final Supplier<String> soffice;
    private final Supplier<String> pool;

    @Autowired
    public PdfConverterHealth(OfficePool pool) {
        this(PdfConverter::soffice, pool::state);
    }

    PdfConverterHealth(Supplier<String> soffice, Supplier<String> pool) {
        this.soffice = soffice;
        this.pool = pool;
    }

    @Override
    public Health health() {
        String bin = soffice.get();
        if (bin == null) {
            return Health.status(DEGRADED).withDetail("soffice", MISSING).build();
        }
        return Health.up().withDetail("soffice", bin).withDetail("pool", pool.get()).build();
    }
}
