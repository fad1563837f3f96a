package vn.gov.khcn.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.khcn.reporting.RenderedReport.Span;
import vn.gov.khcn.reporting.internal.DocxWriter;
import vn.gov.khcn.reporting.internal.HtmlWriter;
import vn.gov.khcn.reporting.internal.Inline;
import vn.gov.khcn.reporting.internal.IssuedTextStore;
import vn.gov.khcn.reporting.internal.ReportTemplate;
import vn.gov.khcn.reporting.internal.ReportingDemoData;
import vn.gov.khcn.shared.DomainException;

/** What people write into a report is text: it cannot include itself, nest without bound, or break the report. */
class ReportContentTest {
    private static final String NINE_MONTHS = ReportTemplates.defaultSource(ReportKind.NINE_MONTHS);

    private static RenderedReport nineMonths(Map<String, String> narratives, List<String> planned) {
        return Render.render(NINE_MONTHS, Golden.seed(), narratives, planned);
    }

    @Test
    void aNarrativeThatIncludesItselfPrintsWhatWasTypedInsteadOfOverflowing() {
        String typed = "[[narrative:month-science-other|SCIENCE]]";
        RenderedReport r = nineMonths(Map.of("month-science-other", typed), List.of());
        assertThat(r.plainText()).contains(typed);
        assertThat(HtmlWriter.write(r)).contains(typed);
        assertThat(DocxWriter.write(r)).isNotEmpty();
    }

    @Test
    void twoNarrativesIncludingEachOtherInsideASentenceAndAFootnotePrintLiterally() {
        // month-outreach is included inside a footnote, programme-document inside a sentence
        Map<String, String> n = Map.of("month-outreach", "[[narrative:programme-document]]", "programme-document", "[[narrative:month-outreach]]");
        RenderedReport r = nineMonths(n, List.of());
        assertThat(r.plainText()).contains("được ban hành tại [[narrative:month-outreach]], Sở KH&CN")
                .contains("[[narrative:programme-document]]");
    }

    @Test
    void templateSyntaxInANarrativePrintsAsWrittenWhileBoldItalicAndDetailFootnotesWork() {
        RenderedReport r = nineMonths(Map.of("assessment",
                "Có **{tasks.implementing}** nhiệm vụ^{cite:tasks.submittedForApproval}, *ghi chú*^{detail: Quyết định số 84/QĐ-UBND {$year}}."), List.of());
        var para = r.blocks().stream().filter(b -> b.text().startsWith("Có ")).findFirst().orElseThrow();
        assertThat(para.text()).isEqualTo("Có {tasks.implementing} nhiệm vụ^{cite:tasks.submittedForApproval}, ghi chú.");
        assertThat(para.spans()).filteredOn(Span::bold).extracting(Span::text).containsExactly("{tasks.implementing}");
        assertThat(para.spans()).filteredOn(Span::bold).allMatch(s -> s.link() == null);
        assertThat(para.spans()).filteredOn(Span::italic).extracting(Span::text).containsExactly("ghi chú");
        int fn = para.spans().stream().filter(s -> s.footnote() != null).findFirst().orElseThrow().footnote();
        assertThat(r.footnotes().get(fn - 1).text()).isEqualTo("Quyết định số 84/QĐ-UBND {$year}");
    }

    @Test
    void aPlannedItemPrintsFiguresButCannotIncludeANarrative() {
        RenderedReport r = nineMonths(Map.of("assessment", "x"), List.of("Hoàn thành **{drafting.inProgress.by.body.PARTY_COMMITTEE@ytd}** dự thảo [[narrative:assessment]]."));
        assertThat(r.plainText()).contains("1. Hoàn thành 01 dự thảo [[narrative:assessment]].");
    }

    /** Italic and bold nested {@code levels} deep ("*a**a*a…x…b*b**b*"), each closed. */
    private static String nested(int levels) {
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int k = 0; k < levels; k++) {
            String marker = k % 2 == 0 ? "*" : "**";
            open.append(marker).append('a');
            close.insert(0, "b" + marker);
        }
        return open + "x" + close;
    }

    @Test
    void deepNestingInANarrativePrintsAsWrittenAndInATemplateIsRefusedInVietnamese() {
        String styles = nested(8_000);
        String footnotes = "^{detail: ".repeat(5_000) + "a" + "}".repeat(5_000);
        RenderedReport r = nineMonths(Map.of("assessment", styles, "difficulties", footnotes), List.of());
        assertThat(r.plainText()).contains(styles).contains(footnotes);
        for (String deep : List.of(styles, footnotes, nested(Inline.MAX_NESTING + 1), "^{detail: ".repeat(9) + "a" + "}".repeat(9))) {
            assertThatThrownBy(() -> ReportTemplate.parse("# I.\n" + deep)).isInstanceOf(DomainException.class)
                    .hasMessageContaining("lồng nhau quá " + Inline.MAX_NESTING + " cấp");
            assertThatThrownBy(() -> Inline.check(deep, Inline.Language.NARRATIVE)).isInstanceOf(DomainException.class)
                    .hasMessageContaining("lồng nhau quá");
        }
        // the deepest nesting the bound allows still parses, and means what it says
        List<Inline> eight = Inline.parse(nested(Inline.MAX_NESTING));
        assertThat(eight).hasSize(1);
        ReportTemplate.parse("^{detail: ".repeat(Inline.MAX_NESTING) + "a" + "}".repeat(Inline.MAX_NESTING));
    }

    @Test
    void savingTemplateSyntaxInANarrativeIsRefusedWithAVietnameseMessage() {
        assertThatThrownBy(() -> Inline.check("Xem [[narrative:month-science-other|SCIENCE]]", Inline.Language.NARRATIVE))
                .isInstanceOf(DomainException.class).hasMessageContaining("không chèn được mục khác").hasMessageContaining("vị trí 5");
        assertThatThrownBy(() -> Inline.check("Có {tasks.implementing} nhiệm vụ", Inline.Language.NARRATIVE))
                .isInstanceOf(DomainException.class).hasMessageContaining("không đặt được số liệu").hasMessageContaining("\\{");
        assertThatThrownBy(() -> Inline.check("Có^{records:tasks.implementing}", Inline.Language.NARRATIVE))
                .isInstanceOf(DomainException.class).hasMessageContaining("Chỉ dùng được chú thích ^{detail: …}");
        assertThatThrownBy(() -> Inline.check("Việc [[narrative:assessment]]", Inline.Language.PLANNED))
                .isInstanceOf(DomainException.class).hasMessageContaining("không chèn được mục khác");
        Inline.check("Dấu \\{ và **đậm**, *nghiêng*^{detail: Quyết định số 84}", Inline.Language.NARRATIVE);
        Inline.check("Hoàn thành {investment.projectsActive@ytd} dự án", Inline.Language.PLANNED);
    }

    @Test
    void theDemosNarrativesAndPlannedItemsMeanExactlyWhatTheyMeantAsTemplateText() {
        // the demo uses only the subset that stays: *italic* and ^{detail: …} in narratives, **bold** and figures in planned items
        ReportingDemoData.narratives().forEach((slot, body) -> body.lines().forEach(line -> {
            Inline.check(line, Inline.Language.NARRATIVE);
            assertThat(Inline.parseText(line, Inline.Language.NARRATIVE)).as(slot).isEqualTo(Inline.parse(line));
        }));
        ReportingDemoData.planned().forEach(item -> {
            Inline.check(item, Inline.Language.PLANNED);
            assertThat(Inline.parseText(item, Inline.Language.PLANNED)).as(item).isEqualTo(Inline.parse(item));
        });
    }

    @Test
    void theRenderedModelReadsBackFromItsStoredJsonAsItWasAndWritesTheSameDocuments() {
        RenderedReport r = issuedNineMonths();
        RenderedReport back = IssuedTextStore.fromJson(IssuedTextStore.toJson(r));
        assertThat(back).isEqualTo(r);
        assertThat(HtmlWriter.write(back)).isEqualTo(HtmlWriter.write(r)).contains("Số: 12/BC-SKH&amp;CN").contains("&amp;report=7");
        assertThat(back.footnotes()).hasSizeGreaterThan(15);
    }

    @Test
    void aTextKeptBeforeReportsHadASymbolReadsWithItsReportsSymbol() {
        RenderedReport r = issuedNineMonths();
        String before = IssuedTextStore.toJson(r).replace("\"symbol\":\"BC-SKH&CN\",", "");
        assertThat(before).doesNotContain("\"symbol\"");
        assertThat(IssuedTextStore.fromJson(before).report().numberText()).isEqualTo("12/");
        assertThat(HtmlWriter.write(IssuedTextStore.fromJson(before, "BC-SKH&CN"))).isEqualTo(HtmlWriter.write(r));
        assertThat(IssuedTextStore.fromJson(IssuedTextStore.toJson(r), "OTHER").report().symbol()).as("a kept symbol stays").isEqualTo("BC-SKH&CN");
    }

    /** The demo's nine-months report as issued number 12 of 2021. */
    private static RenderedReport issuedNineMonths() {
        DepartmentSettings s = Golden.caoBang();
        ReportTemplate t = ReportTemplate.parse(NINE_MONTHS);
        Report issued = new Report(7, ReportKind.NINE_MONTHS, Golden.SEPT_2021.month(), 16, ReportStatus.ISSUED, 12, 2021, "BC-SKH&CN",
                java.time.LocalDate.of(2021, 9, 17), "Cao Bằng", "Bế Đăng Khoa", "GIÁM ĐỐC", "VP UBND tỉnh\nSở KH&ĐT", "test", 3);
        return new vn.gov.khcn.reporting.internal.TemplateRenderer(Golden.seed(), new HashMap<>(ReportEngine.vars(Golden.SEPT_2021, s)),
                ReportingDemoData.narratives(), t.slots(), ReportingDemoData.planned(), false).render(t, issued, s);
    }
}
