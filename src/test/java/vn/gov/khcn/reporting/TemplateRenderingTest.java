package vn.gov.khcn.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.khcn.reporting.RenderedReport.Span;
import vn.gov.khcn.reporting.internal.ReportTemplate;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Unit;

class TemplateRenderingTest {
    private static String body(RenderedReport r) {
        return r.blocks().stream().map(RenderedReport.Block::text).reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void padsCountsBelowTenAndGroupsThousands() {
        var r = Render.render("@period ytd\n{tasks.adjustmentRequested} và {metrology.verifications} PTĐ", Golden.seed(), Map.of(), List.of());
        assertThat(body(r)).isEqualTo("03 và 1.755 PTĐ\n");
    }

    @Test
    void printsPartsSumsOfPartsAndThePeriodAsked() {
        var r = Render.render("{tasks.implementing.by.level.RURAL_MOUNTAIN} / {tasks.listedNextYear.by.level.PROVINCIAL+GRASSROOTS@ytd} / "
                + "{tasks.managed.by.origin/level.NEW/PROVINCIAL@ytd} / {outreach.newsPosts} / {outreach.newsPosts@ytd} / {tasks.accepted.by.rating.GOOD@ytd}",
                Golden.seed(), Map.of(), List.of());
        assertThat(body(r)).isEqualTo("05 / 14 / 03 / 35 / 219 / 00\n");
    }

    @Test
    void joinsNamesWithVaOrWithCommasAndCountsThem() {
        var r = Render.render("@period ytd\n{inspection.campaigns.names}; {radiation.inspectedDistricts.names.commas}; {quality.surveyedFacilities.names.count}",
                Golden.seed(), Map.of(), List.of());
        assertThat(body(r)).isEqualTo("đo lường và an toàn bức xạ; Hòa An, Thạch An, Hạ Lang, Nguyên Bình, Bảo Lạc, Bảo Lâm; 06\n");
    }

    @Test
    void boldItalicAndFigureLinks() {
        var r = Render.render("Có **{tasks.implementing}** nhiệm vụ (*ghi chú*)", Golden.seed(), Map.of(), List.of());
        List<Span> spans = r.blocks().get(0).spans();
        Span figure = spans.stream().filter(s -> s.text().equals("27")).findFirst().orElseThrow();
        assertThat(figure.bold()).isTrue();
        assertThat(figure.link().code()).isEqualTo("tasks.implementing");
        assertThat(figure.link().start()).hasToString("2021-08-17");
        assertThat(spans.stream().filter(s -> s.text().equals("ghi chú")).findFirst().orElseThrow().italic()).isTrue();
    }

    @Test
    void citeFootnoteListsTheCountedEventsDocumentsAndDetailFootnoteFillsPlaceholders() {
        var r = Render.render("trình **{tasks.submittedForApproval}** nhiệm vụ^{cite:tasks.submittedForApproval}; kiểm định^{detail: Kiểm định, hiệu chuẩn được "
                + "{metrology.verifications@ytd} PTĐ, trong đó {metrology.verifications.by.result.PASS@ytd} PTĐ đạt, {metrology.verifications.by.result.FAIL@ytd} PTĐ không đạt, gồm {metrology.verifications.names.commas@ytd|lower}...;}",
                Golden.seed(), Map.of(), List.of());
        assertThat(r.footnotes()).hasSize(2);
        assertThat(r.footnotes().get(0).text()).isEqualTo("Tờ trình số 1161/TTr-SKH&CN ngày 08/9/2021;");
        assertThat(r.footnotes().get(1).text()).isEqualTo("Kiểm định, hiệu chuẩn được 1.755 PTĐ, trong đó 1.740 PTĐ đạt, 15 PTĐ không đạt, "
                + "gồm cân phân tích, cân kỹ thuật, huyết áp kế, taximet, đồng hồ nước...;");
        assertThat(r.blocks().get(0).spans()).extracting(Span::footnote).containsSubsequence(1, 2);
    }

    @Test
    void anIndicatorNoProviderSuppliesPrintsAnEllipsisAndIsReported() {
        var r = Render.render("Có {nobody.supplies} cơ sở", Golden.seed(), Map.of(), List.of());
        assertThat(body(r)).isEqualTo("Có … cơ sở\n");
        assertThat(r.missingCodes()).containsExactly("nobody.supplies");
    }

    @Test
    void perRecordBlockPrintsEachRecordWithItsFootnotedCitations() {
        var r = Render.render("[[each:programme.items]]\n- Đối với nội dung \"{record.label}\": {record.detail}^{record.cite}\n[[end]]", Golden.seed(), Map.of(), List.of());
        assertThat(r.blocks()).hasSize(3);
        assertThat(r.blocks().get(0).text()).startsWith("- Đối với nội dung \"Kế hoạch triển khai tham gia thúc đẩy");
        assertThat(r.footnotes()).extracting(RenderedReport.Footnote::text)
                .containsExactly("Công văn số 1155/SKH&CN-QL&CN&SHTT ngày 07/9/2021;", "Báo cáo số 1118/SKH&CN-QL&CN&SHTT ngày 27/8/2021;");
    }

    @Test
    void narrativeSlotsBelongToUnitsAndShowWhenUnwritten() {
        ReportTemplate t = ReportTemplate.parse("[[narrative:assessment]]\n\nCụ thể: [[narrative:models|SCIENCE]]");
        assertThat(t.slots()).containsExactly(Map.entry("assessment", Unit.OFFICE), Map.entry("models", Unit.SCIENCE));
        var r = Render.render("[[narrative:assessment]]\n\nCụ thể: [[narrative:models|SCIENCE]]", Golden.seed(),
                Map.of("assessment", "Nhìn chung, tốt.\nTuy nhiên **một số** việc chậm."), List.of());
        assertThat(body(r)).isEqualTo("Nhìn chung, tốt.\nTuy nhiên một số việc chậm.\nCụ thể: [Chưa viết: models – Phòng Quản lý khoa học]\n");
        assertThat(r.blocks().get(1).spans()).filteredOn(RenderedReport.Span::bold).extracting(RenderedReport.Span::text).containsExactly("một số");
    }

    @Test
    void aSyntaxErrorIsRefusedWithAVietnameseMessage() {
        assertThatThrownBy(() -> ReportTemplate.parse("Có {tasks.implementing nhiệm vụ")).isInstanceOf(DomainException.class).hasMessageContaining("Thiếu dấu");
        assertThatThrownBy(() -> ReportTemplate.parse("[[each:programme.items]]\nx")).isInstanceOf(DomainException.class).hasMessageContaining("[[end]]");
    }

    @Test
    void everyDefaultTemplateParses() {
        for (ReportKind k : ReportKind.values()) {
            assertThat(ReportTemplate.parse(ReportTemplates.defaultSource(k)).nodes()).isNotEmpty();
        }
    }

    @Test
    void nineMonthsTemplateReproducesTheSeedFiguresAndFootnotes() {
        RenderedReport r = Render.nineMonths(Golden.seed());
        String text = r.plainText();
        assertThat(r.missingCodes()).isEmpty();
        assertThat(r.subject()).isEqualTo("Kết quả hoạt động khoa học và công nghệ tháng 9, 9 tháng đầu năm 2021 và nhiệm vụ công tác trọng tâm 3 tháng cuối năm 2021");
        assertThat(text).contains("kết quả đạt được tính từ ngày 17/8/2021 đến 16/9/2021 như sau:")
                .contains("I. KẾT QUẢ HOẠT ĐỘNG THÁNG 9 NĂM 2021").contains("II. KẾT QUẢ HOẠT ĐỘNG 9 THÁNG ĐẦU NĂM 2021")
                .contains("III. NHIỆM VỤ KH&CN TRỌNG TÂM 3 THÁNG CUỐI NĂM 2021")
                .contains("đối với 27 nhiệm vụ KH&CN đang được triển khai thực hiện trên địa bàn tỉnh gồm có: 01 dự án cấp thiết địa phương sử dụng kinh phí cấp quốc gia, 05 dự án thuộc chương trình nông thôn miền núi và 21 dự án")
                .contains("đối với 34 nhiệm vụ KH&CN đang được triển khai thực hiện trên địa bàn tỉnh (30 nhiệm vụ chuyển tiếp, 03 nhiệm vụ cấp tỉnh bắt đầu thực hiện từ năm 2021, 01 nhiệm vụ cấp cơ sở")
                .contains("gồm 14 nhiệm vụ (11 nhiệm vụ cấp tỉnh, 03 nhiệm vụ cấp cơ sở)")
                .contains("thẩm định nội dung, kinh phí được 02/05 nhiệm vụ")
                .contains("được 16/16 đơn vị theo kế hoạch")
                .contains("Tổ chức 05 cuộc thanh tra chuyên ngành (03 cuộc về đo lường, 02 cuộc về an toàn bức xạ) đối với 11 cơ sở")
                .contains("1. Quan tâm, đẩy nhanh tiến độ 02 dự án.")
                .contains("Trên đây là Báo cáo kết quả hoạt động khoa học và công nghệ tháng 9, 9 tháng đầu năm 2021 và nhiệm vụ công tác trọng tâm 3 tháng cuối năm 2021 của Sở Khoa học và Công nghệ./.");
        List<String> notes = r.footnotes().stream().map(RenderedReport.Footnote::text).toList();
        assertThat(notes).contains("Tờ trình số 1161/TTr-SKH&CN ngày 08/9/2021;",
                "Kiểm tra tiến độ thực hiện đối với 05 dự án; tham mưu trình Bộ KH&CN xem xét điều chỉnh một số nội dung đối với 03 dự án;",
                "Kiểm định, hiệu chuẩn được 1.755 PTĐ, trong đó 1.740 PTĐ đạt, 15 PTĐ không đạt, gồm cân phân tích, cân kỹ thuật, huyết áp kế, taximet, đồng hồ nước...;",
                "Sản xuất được 870 lọ sản phẩm nghệ (nghệ đen, nghệ vàng, tinh bột nghệ) và 8.079 hộp trà giảo cổ lam; tiêu thụ được 530 lọ sản phẩm nghệ (nghệ đen, nghệ vàng, tinh bột nghệ) và 6.102 hộp trà giảo cổ lam;");
        String outreach = "Cập nhật được 219 tin, bài lên trang thông tin điện tử khcncaobang.gov.vn; xuất bản tài liệu thông tin KH&CN số 1, 2/2021 (số lượng 1.000 cuốn); thực hiện 08 chuyên mục";
        assertThat(notes.stream().filter(n -> n.startsWith(outreach)).count()).as("footnotes 16 and 18 print the same figures").isEqualTo(2);
        assertThat(notes.stream().filter(n -> n.startsWith("Sản xuất được")).findFirst().orElseThrow()).doesNotContain("X-quang");
    }
}
