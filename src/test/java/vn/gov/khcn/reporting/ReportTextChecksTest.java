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

    @Test
    void aTotalPrintedBesideNamedPartsThatDoNotAddUpToItIsNamedWithBothNumbers() {
        // the template prints the total from one figure and the parts from others: 21 tasks, 01 + 05 of them by level
        String template = "# I. KẾT QUẢ\n## 1. Nhiệm vụ\nDuy trì quản lý {tasks.implementing.by.level.PROVINCIAL} nhiệm vụ "
                + "gồm {tasks.implementing.by.level.URGENT_LOCAL} dự án cấp thiết, {tasks.implementing.by.level.RURAL_MOUNTAIN} dự án nông thôn miền núi; "
                + "xong.\n\n[[narrative:note|SCIENCE]]\n";
        List<TextFinding> f = Render.findings(template, Golden.seed(), Map.of("note", "Đã làm."), List.of());
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(TextFinding.PARTS_SUM);
            assertThat(x.section()).isEqualTo("I. KẾT QUẢ › 1. Nhiệm vụ");
            assertThat(x.unit()).isEqualTo(Unit.OFFICE);
            assertThat(x.anchor()).isNull();
            assertThat(x.message()).isEqualTo("Mục \"I. KẾT QUẢ › 1. Nhiệm vụ\": câu «Duy trì quản lý 21 nhiệm vụ gồm 01 dự án cấp thiết, "
                    + "05 dự án nông thôn miền núi;» in tổng \"21\" nhưng các phần (01 + 05) cộng lại là 06 – Văn phòng Sở cần xem lại.");
        });
        // a narrative typing a total its parts do not add up to, in parentheses: the unit that typed it owes the fix
        List<TextFinding> typed = Render.findings("# I. KẾT QUẢ\n[[narrative:note|SCIENCE]]\n", Golden.seed(),
                Map.of("note", "Thành lập 06 Hội đồng nghiệm thu (01 xuất sắc, 04 khá, 02 đạt); đã làm."), List.of());
        assertThat(typed).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(TextFinding.PARTS_SUM);
            assertThat(x.unit()).isEqualTo(Unit.SCIENCE);
            assertThat(x.anchor()).isEqualTo("slot-note");
            assertThat(x.message()).contains("câu «Thành lập 06 Hội đồng nghiệm thu (01 xuất sắc, 04 khá, 02 đạt);»")
                    .contains("in tổng \"06\" nhưng các phần (01 + 04 + 02) cộng lại là 07");
        });
        // parts that add up, "of which" lists, names, a single part and a percentage are left alone
        for (String fine : List.of("Thành lập 06 Hội đồng (01 xuất sắc, 04 khá, 01 đạt).", "Quản lý 05 nhiệm vụ, gồm 03 cấp tỉnh, 02 cấp cơ sở.",
                "Có 27 nhiệm vụ gồm có: 01 dự án cấp thiết, 05 dự án miền núi và 21 dự án, đề tài cấp tỉnh, trong đó 02 hội đồng.",
                "Nghiệm thu 05 nhiệm vụ (trong đó, có 01 nhiệm vụ xuất sắc, 02 nhiệm vụ đạt).", "Tại 02 xã (Đức Long (Thạch An) và Hồng Việt).",
                "Hướng dẫn 06 tổ chức (12 lượt).", "Đạt 50% kế hoạch năm (10 nhiệm vụ, còn 05 nhiệm vụ).", "Năm 2022 gồm 03 cấp tỉnh, 02 cấp cơ sở.")) {
            assertThat(Render.findings("# I. KẾT QUẢ\n[[narrative:note|SCIENCE]]\n", Golden.seed(), Map.of("note", fine), List.of())).as(fine).isEmpty();
        }
    }

    @Test
    void theSameFigurePrintedTwiceWithDifferentValuesIsNamedWithBothSentences() {
        // the office types in the month's opening a number of acceptance councils the month's section 2 prints otherwise
        List<TextFinding> f = demoWith(Map.of("month-plans", "Kế hoạch KH&CN tỉnh năm 2021 với 03 Hội đồng nghiệm thu"));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(TextFinding.ONE_VALUE);
            assertThat(x.unit()).isEqualTo(Unit.OFFICE);
            assertThat(x.anchor()).isEqualTo("slot-month-plans");
            assertThat(x.message()).startsWith("Cùng một số liệu in ra hai giá trị khác nhau: mục \"I. KẾT QUẢ HOẠT ĐỘNG THÁNG 9 NĂM 2021\", câu «Trong tháng 9/2021")
                    .contains("ghi \"03 Hội đồng nghiệm thu\", còn mục \"" + MONTH_2 + "\", câu «")
                    .contains("thành lập 02 Hội đồng nghiệm thu (đề tài về Mận")
                    .contains("ghi \"02 Hội đồng nghiệm thu\"");
        });
        // the same noun in another period is another figure; the same value twice is one figure
        assertThat(demoWith(Map.of("ytd-intro", "Ngay từ đầu năm 2021, đã thành lập 07 Hội đồng nghiệm thu."))).isEmpty();
        assertThat(demoWith(Map.of("month-plans", "Kế hoạch KH&CN tỉnh năm 2021 với 02 Hội đồng nghiệm thu"))).isEmpty();
    }

    @Test
    void everyRuleHasAVietnameseLabelNoCodeShown() {
        for (String rule : List.of(TextFinding.NARRATIVE_WRITTEN, TextFinding.NO_EMPTY_REFERENCE, TextFinding.TYPED_FIGURE, TextFinding.PARTS_SUM,
                TextFinding.ONE_VALUE)) {
            assertThat(TextFinding.label(rule)).doesNotContain(rule).doesNotContain("-").matches(".*[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđâăêôơư].*");
        }
        assertThat(java.util.stream.Stream.of(TextFinding.NARRATIVE_WRITTEN, TextFinding.NO_EMPTY_REFERENCE, TextFinding.TYPED_FIGURE,
                TextFinding.PARTS_SUM, TextFinding.ONE_VALUE).map(TextFinding::label).distinct()).hasSize(5);
    }
}
