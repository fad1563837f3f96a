package vn.gov.khcn.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.khcn.reporting.internal.DocxWriter;
import vn.gov.khcn.reporting.internal.OfficePool;
import vn.gov.khcn.reporting.internal.PdfConverter;
import vn.gov.khcn.shared.DomainException;

class CatalogueAndPdfTest {
    private static Indicator ind(String code) {
        return new Indicator(code, "Nhãn " + code, List.of(), p -> new IndicatorValue(1L, null, null, null, null));
    }

    @Test
    void collectsIndicatorsOfEveryProviderByCodeWithLabels() {
        IndicatorCatalogue c = new IndicatorCatalogue(List.of(() -> List.of(ind("b.one")), () -> List.of(ind("a.two"))));
        assertThat(c.all().keySet()).containsExactly("a.two", "b.one");
        assertThat(c.find("b.one")).isPresent();
        assertThat(c.label("a.two")).isEqualTo("Nhãn a.two");
        assertThat(c.find("c.none")).isEmpty();
    }

    @Test
    void aCodeDefinedTwiceStopsTheStart() {
        assertThatThrownBy(() -> new IndicatorCatalogue(List.of(() -> List.of(ind("x.dup")), () -> List.of(ind("x.dup")))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("x.dup");
    }

    @Test
    void withoutLibreOfficeThePdfExportSaysSoInVietnamese() {
        assertThatThrownBy(() -> PdfConverter.convert(new byte[0], null)).isInstanceOf(DomainException.class)
                .hasMessageContaining("chưa cài LibreOffice");
    }

    @Test
    void withLibreOfficeTheDocxBecomesAPdf() {
        assumeTrue(PdfConverter.soffice() != null, "LibreOffice is not installed here");
        byte[] pdf = PdfConverter.convert(DocxWriter.write(Render.nineMonths(Golden.seed())));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void thePoolOfLibreOfficeProcessesConvertsOneReportAfterAnotherWithTheSameText() throws Exception {
        assumeTrue(PdfConverter.soffice() != null, "LibreOffice is not installed here");
        byte[] docx = DocxWriter.write(Render.nineMonths(Golden.seed()));
        String once = text(PdfConverter.convert(docx));
        OfficePool pool = OfficePool.of(1);
        try {
            assertThat(pool.running()).isFalse();
            String first = text(pool.convert(docx));
            assertThat(pool.running()).as(pool.state()).isTrue();
            assertThat(pool.state()).contains("đang chạy 1 tiến trình");
            String second = text(pool.convert(docx));
            // the same words, Vietnamese diacritics included, as one soffice per conversion gives
            assertThat(first).isEqualTo(once).isEqualTo(second).contains("KHOA HỌC VÀ CÔNG NGHỆ");
        } finally {
            pool.destroy();
        }
        assertThat(pool.running()).isFalse();
        OfficePool none = OfficePool.of(1, () -> null);
        assertThatThrownBy(() -> none.convert(docx)).isInstanceOf(DomainException.class).hasMessageContaining("chưa cài LibreOffice");
    }

    private static String text(byte[] pdf) throws java.io.IOException {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }
}
