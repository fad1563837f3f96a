package vn.gov.khcn.reporting.internal;

import java.util.function.Supplier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The health of the PDF converter ({@code /actuator/health}, component {@code pdfConverter}): UP with the path of
 * LibreOffice's {@code soffice} when it is installed, else DEGRADED — the server works and gives DOCX, HTML and JSON,
 * but no PDF and so no signed PDF of an issued report. DEGRADED answers 200 (application.properties), so a load
 * balancer keeps the node while the monitoring sees what is missing.
 */
@Component("pdfConverter")
public class PdfConverterHealth implements HealthIndicator {
    public static final Status DEGRADED = new Status("DEGRADED", "LibreOffice (soffice) not found: no PDF output");

    private final Supplier<String> soffice;

    public PdfConverterHealth() {
        this(PdfConverter::soffice);
    }

    PdfConverterHealth(Supplier<String> soffice) {
        this.soffice = soffice;
    }

    @Override
    public Health health() {
        String bin = soffice.get();
        if (bin == null) {
            return Health.status(DEGRADED).withDetail("soffice", "not found (apt-get install libreoffice-writer-nogui, or KHCN_SOFFICE)").build();
        }
        return Health.up().withDetail("soffice", bin).build();
    }
}
