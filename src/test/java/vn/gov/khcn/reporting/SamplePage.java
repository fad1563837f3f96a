package vn.gov.khcn.reporting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import vn.gov.khcn.reporting.internal.DocxWriter;
import vn.gov.khcn.reporting.internal.ReportTemplate;
import vn.gov.khcn.reporting.internal.ReportingDemoData;
import vn.gov.khcn.reporting.internal.TemplateRenderer;

/**
 * Writes the nine-months report over the seed's golden figures and the demo narratives to a DOCX, for
 * looking at the layout (docs/report-page1.png) before the registers' providers land:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) vn.gov.khcn.reporting.SamplePage out.docx}.
 */
public final class SamplePage {
    private SamplePage() {
    }

    public static void main(String[] args) throws Exception {
        DepartmentSettings s = new DepartmentSettings(16, "Cao Bằng", "UBND TỈNH CAO BẰNG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "khcncaobang.gov.vn",
                "Bế Đăng Khoa", "GIÁM ĐỐC", ReportingDemoData.LEGAL_BASIS,
                "VP UBND tỉnh\nSở KH&ĐT\nGD, các PGĐ Sở\nCác phòng, đơn vị trực thuộc Sở", "BC-SKH&CN", "Cao Bằng", 0);
        ReportTemplate t = ReportTemplate.parse(ReportTemplates.defaultSource(ReportKind.NINE_MONTHS));
        RenderedReport r = new TemplateRenderer(Golden.seed(), new HashMap<>(ReportEngine.vars(Golden.SEPT_2021, s)),
                ReportingDemoData.narratives(), t.slots(), ReportingDemoData.planned(), false)
                .render(t, Golden.draft(), s);
        Files.write(Path.of(args.length > 0 ? args[0] : "sample.docx"), DocxWriter.write(r));
    }
}
