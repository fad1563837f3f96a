package vn.gov.khcn.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.khcn.reporting.internal.ReportTemplate;
import vn.gov.khcn.reporting.internal.ReportingDemoData;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Unit;

/** The checks over a report's rendered text, on the nine-months template and the seed's figures, without Spring. */
class ReportTextChecksTest {
    static final String NINE_MONTHS = ReportTemplates.defaultSource(ReportKind.NINE_MONTHS);
    static final String MONTH_2 = "I. KẾT QUẢ HOẠT ĐỘNG THÁNG 9 NĂM 2021 › 2. Công tác chuyên môn về KH&CN";

    private static List<TextFinding> demoWith(Map<String, String> changes) {
        Map<String, String> n = new HashMap<>(ReportingDemoData.narratives());
        changes.forEach((k, v) -> {
            if (v == null) {
                n.remove(k);
            } else {
                n.put(k, v);
            }
        });
        return Render.findings(NINE_MONTHS, Golden.seed(), n, ReportingDemoData.planned());
    }

    @Test
    void theDemoReportWithEveryNarrativeWrittenHasNothingMissing() {
        assertThat(demoWith(Map.of())).isEmpty();
    }

    @Test
    void everyUnwrittenNarrativeOfAnEmptyReportIsNamedNoneForgotten() {
        List<TextFinding> f = Render.findings(NINE_MONTHS, Golden.seed(), Map.of(), ReportingDemoData.planned());
        assertThat(f).allMatch(x -> x.rule().equals(TextFinding.NARRATIVE_WRITTEN));
        assertThat(f).extracting(TextFinding::anchor).containsExactlyInAnyOrderElementsOf(
                ReportTemplate.parse(NINE_MONTHS).slots().keySet().stream().map(s -> "slot-" + s).toList());
    }

    @Test
    void anUnwrittenNarrativeInsideASentenceNamesTheSectionTheUnitAndTheSentenceAsItWouldPrint() {
        List<TextFinding> f = demoWith(java.util.Collections.singletonMap("month-acceptance-councils", null));
        assertThat(f).hasSize(1);
        TextFinding x = f.get(0);
        assertThat(x.rule()).isEqualTo(TextFinding.NARRATIVE_WRITTEN);
        assertThat(x.section()).isEqualTo(MONTH_2);
        assertThat(x.unit()).isEqualTo(Unit.SCIENCE);
        assertThat(x.anchor()).isEqualTo("slot-month-acceptance-councils");
        assertThat(x.sentence()).endsWith("trong đó đã tham mưu thành lập 02 Hội đồng nghiệm thu (___);");
        assertThat(x.message()).startsWith("Mục \"" + MONTH_2 + "\": Phòng Quản lý khoa học chưa viết phần của mình trong câu «")
                .doesNotContain("month-acceptance-councils");
    }

    @Test
    void aWholeParagraphNotWrittenAndOneInAFootnoteAreNamedToo() {
        Map<String, String> gone = new HashMap<>();
        gone.put("ytd-technology-plans", null);
        gone.put("month-outreach", null);
        gone.put("programme-document", null);
        List<TextFinding> f = demoWith(gone);
        assertThat(f).extracting(TextFinding::message).containsExactly(
                "Mục \"" + MONTH_2 + " (chú thích 2)\": Văn phòng Sở chưa viết phần của mình trong câu «thực hiện 01 chuyên mục KH&CN và đời sống "
                        + "phát trên sóng của Đài Phát thanh và Truyền hình tỉnh; ___».",
                "Mục \"" + MONTH_2 + "\": Văn phòng Sở chưa viết phần của mình trong câu «Căn cứ Chương trình công tác tháng 9/2021 của UBND tỉnh "
                        + "được ban hành tại ___, Sở KH&CN được giao chủ trì thực hiện 03 nhiệm vụ, kết quả cụ thể như sau:».",
                "Mục \"II. KẾT QUẢ HOẠT ĐỘNG 9 THÁNG ĐẦU NĂM 2021 › 2. Về công tác chuyên môn › b) Công tác quản lý về công nghệ, sở hữu trí tuệ, "
                        + "an toàn bức xạ và hạt nhân\": Phòng Quản lý công nghệ và Sở hữu trí tuệ chưa viết đoạn văn của mục này.");
    }

    @Test
    void aSentenceThatWouldPrintAnEmptyReferenceIsRefusedWhoeverLeftIt() {
        String src = "# I. KẾT QUẢ\nBan hành tại {$nowhere}, Sở KH&CN thực hiện.\n\n[[narrative:note|SCIENCE]]\n";
        List<TextFinding> empty = Render.findings(src, Golden.seed(), Map.of("note", "Đã làm."), List.of());
        assertThat(empty).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(TextFinding.NO_EMPTY_REFERENCE);
            assertThat(x.unit()).isEqualTo(Unit.OFFICE);
            assertThat(x.section()).isEqualTo("I. KẾT QUẢ");
            assertThat(x.message()).contains("câu «Ban hành tại …, Sở KH&CN thực hiện.» in ra số liệu trống ({$nowhere})");
        });
        String plain = "# I. KẾT QUẢ\nMọi việc đều tốt.\n\n[[narrative:note|SCIENCE]]\n";
        assertThat(Render.findings(plain, Golden.seed(), Map.of("note", "Thành lập hội đồng (); ban hành tại , Sở KH&CN."), List.of()))
                .extracting(TextFinding::message).containsExactly(
                        "Mục \"I. KẾT QUẢ\": câu «Thành lập hội đồng ();» in ra chỗ trống \"()\" – Phòng Quản lý khoa học cần viết bổ sung.",
                        "Mục \"I. KẾT QUẢ\": câu «ban hành tại , Sở KH&CN.» in ra chỗ trống \"tại ,\" – Phòng Quản lý khoa học cần viết bổ sung.");
        assertThat(Render.findings(plain, Golden.seed(), Map.of("note", "Hội đồng (đề tài Mận), ban hành tại Cao Bằng, ngày 01/9/2021; xong."),
                List.of())).isEmpty();
    }

    @Test
    void aFigureTypedInANarrativeThatTheTiedIndicatorContradictsNamesSectionSentenceAndBothNumbers() {
        List<TextFinding> f = demoWith(Map.of("month-acceptance-councils", "05 Hội đồng nghiệm thu đề tài về Mận, Lê Bảo Lạc"));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(TextFinding.TYPED_FIGURE);
            assertThat(x.section()).isEqualTo(MONTH_2);
            assertThat(x.unit()).isEqualTo(Unit.SCIENCE);
            assertThat(x.anchor()).isEqualTo("slot-month-acceptance-councils");
            assertThat(x.message()).contains("Phòng Quản lý khoa học ghi \"05 Hội đồng nghiệm thu\"")
                    .contains("thành lập 02 Hội đồng nghiệm thu (05 Hội đồng nghiệm thu đề tài về Mận, Lê Bảo Lạc);")
                    .endsWith("nhưng số liệu tính từ hồ sơ là 02 (tasks.acceptanceCouncilsFormed).");
        });
        // the number computed, the template's own text, and the same noun outside the tied section are left alone
        assertThat(demoWith(Map.of("month-acceptance-councils", "02 hội đồng nghiệm thu đề tài về Mận, Lê Bảo Lạc"))).isEmpty();
        assertThat(demoWith(Map.of("ytd-cooperation", "Đề xuất 05 Hội đồng nghiệm thu cấp quốc gia;"))).isEmpty();
    }

    @Test
    void aTieIsDeclaredAsNounEqualsFigureOrRefused() {
        assertThatThrownBy(() -> ReportTemplate.parse("# I\n@tie Hội đồng nghiệm thu\n")).isInstanceOf(DomainException.class)
                .hasMessageContaining("@tie danh từ = mã chỉ tiêu");
        String src = "# I. KẾT QUẢ\n@tie sự kiện = tasks.implementing.by.level.PROVINCIAL\n[[narrative:note|SCIENCE]]\n# II. KHÁC\n[[narrative:other]]\n";
        assertThat(Render.findings(src, Golden.seed(), Map.of("note", "Có 1.021 sự kiện.", "other", "Có 7 sự kiện."), List.of()))
                .singleElement().extracting(TextFinding::message).asString()
                .isEqualTo("Mục \"I. KẾT QUẢ\": Phòng Quản lý khoa học ghi \"1.021 sự kiện\" trong câu «Có 1.021 sự kiện.», "
                        + "nhưng số liệu tính từ hồ sơ là 21 (tasks.implementing.by.level.PROVINCIAL).");
    }
}
