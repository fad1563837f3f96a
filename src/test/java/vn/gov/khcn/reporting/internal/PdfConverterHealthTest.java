package vn.gov.khcn.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** The PDF converter's health: UP naming soffice and the pool when LibreOffice is there, DEGRADED saying what to install when not. */
class PdfConverterHealthTest {
    @Test
    void upWithThePathWhenSofficeIsFoundDegradedWhenNot(@TempDir Path dir) throws Exception {
        Path soffice = Files.createFile(dir.resolve("soffice"));
        soffice.toFile().setExecutable(true);
        OfficePool idle = new OfficePool(1, 200, false, soffice::toString);
        Health found = new PdfConverterHealth(soffice::toString, idle::state).health();
        assertThat(found.getStatus()).isEqualTo(Status.UP);
        assertThat(found.getDetails()).containsEntry("soffice", soffice.toString());
        assertThat(found.getDetails().get("pool").toString()).contains("chưa khởi động");

        Health missing = new PdfConverterHealth(() -> null, idle::state).health();
        assertThat(missing.getStatus().getCode()).isEqualTo("DEGRADED");
        assertThat(missing.getDetails().get("soffice").toString()).contains("libreoffice-writer-nogui").contains("không xuất được PDF".substring(6));
        assertThat(PdfConverterHealth.DEGRADED.getDescription()).contains("không xuất được PDF");

        // the real look-up agrees with the machine
        assertThat(new PdfConverterHealth(OfficePool.of(1)).health().getStatus().getCode()).isEqualTo(PdfConverter.soffice() == null ? "DEGRADED" : "UP");
    }
}
