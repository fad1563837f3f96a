package vn.gov.khcn.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.gov.khcn.reporting.internal.DocxWriter;
import vn.gov.khcn.reporting.internal.HtmlWriter;

class DocxStructureTest {
    @Test
    void theNineMonthsReportIsAnA4WordDocumentWithRealFootnotesAndTheAdministrativeBlocks() throws Exception {
        byte[] bytes = DocxWriter.write(Render.nineMonths(Golden.seed()));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            var sect = doc.getDocument().getBody().getSectPr();
            assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(sect.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(((BigInteger) sect.getPgMar().getLeft()).intValue()).isBetween(1701, 1985);
            assertThat(sect.isSetTitlePg()).isTrue();
            assertThat(doc.getFootnotes()).hasSizeGreaterThanOrEqualTo(10);
            assertThat(doc.getFootnotes().stream().map(f -> f.getParagraphs().get(0).getText()))
                    .anyMatch(t -> t.contains("Kiểm định, hiệu chuẩn được 1.755 PTĐ, trong đó 1.740 PTĐ đạt, 15 PTĐ không đạt"));
            List<XWPFTable> tables = doc.getTables();
            assertThat(tables).hasSize(2);
            assertThat(tables.get(0).getRow(0).getCell(0).getText()).contains("UBND TỈNH CAO BẰNG").contains("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
            assertThat(tables.get(0).getRow(0).getCell(1).getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Độc lập - Tự do - Hạnh phúc");
            assertThat(tables.get(0).getRow(1).getCell(0).getText()).isEqualTo("Số:      /BC-SKH&CN");
            assertThat(tables.get(0).getRow(1).getCell(1).getText()).isEqualTo("Cao Bằng, ngày 17 tháng 9 năm 2021");
            assertThat(tables.get(1).getRow(0).getCell(0).getText()).contains("Nơi nhận:").contains("- VP UBND tỉnh;").endsWith("- Lưu: VT, VP.");
            assertThat(tables.get(1).getRow(0).getCell(1).getText()).contains("GIÁM ĐỐC").contains("Bế Đăng Khoa");
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text).contains("tính từ ngày 17/8/2021 đến 16/9/2021").contains("BÁO CÁO");
            XWPFRun first = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Thực hiện")).findFirst().orElseThrow().getRuns().get(0);
            assertThat(first.getFontFamily()).isEqualTo("Times New Roman");
            assertThat(first.getFontSizeAsDouble()).isEqualTo(14.0);
            assertThat(doc.getStyles().getStyle("FootnoteReference")).isNotNull();
            assertThat(doc.getHeaderList()).hasSize(2);
            var core = doc.getProperties().getCoreProperties();
            assertThat(core.getCreator()).isEqualTo("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
            assertThat(core.getTitle()).isEqualTo("Báo cáo kết quả hoạt động khoa học và công nghệ tháng 9, 9 tháng đầu năm 2021 và nhiệm vụ công tác trọng tâm 3 tháng cuối năm 2021");
            assertThat(core.getUnderlyingProperties().getLanguageProperty()).contains("vi-VN");
            assertThat(doc.getProperties().getExtendedProperties().getCompany()).isEqualTo("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
            assertThat(doc.getProperties().getExtendedProperties().getApplication()).isEqualTo("KHCN");
            assertThat(doc.getPackage().getPartsByName(java.util.regex.Pattern.compile("/word/styles.xml")).get(0).getInputStream().readAllBytes())
                    .asString(java.nio.charset.StandardCharsets.UTF_8).contains("<w:lang w:val=\"vi-VN\"");
        }
    }

    @Test
    void htmlPreviewLinksEveryFigureToItsRecordsAndPutsFootnotesAtTheBottom() {
        String html = HtmlWriter.write(Render.nineMonths(Golden.seed()));
        assertThat(html).contains("<a class=\"figure\" href=\"/reports/records?code=tasks.implementing&amp;period=month&amp;start=2021-08-17&amp;end=2021-09-16\"><strong>27</strong></a>")
                .contains("<ol class=\"footnotes\">").contains("<li id=\"fn-1\">Tờ trình số 1161/TTr-SKH&amp;CN ngày 08/9/2021;</li>");
    }
}
