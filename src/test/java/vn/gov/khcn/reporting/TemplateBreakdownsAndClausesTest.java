package vn.gov.khcn.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.khcn.reporting.internal.ReportTemplate;
import vn.gov.khcn.shared.DomainException;

/** Whole breakdowns printed by label, zero clauses, and the one body the five kinds extend. */
class TemplateBreakdownsAndClausesTest {
    private static String body(RenderedReport r) {
        return r.blocks().stream().map(RenderedReport.Block::text).reduce("", (a, b) -> a + b + "\n");
    }

    /** A department's own figures: a KHÁ rating, a rating of its own vocabulary, a national-level task, no council. */
    private static FigureSet department() {
        Map<String, Golden.V> m = new LinkedHashMap<>();
        Map<String, Golden.V> y = new LinkedHashMap<>();
        y.put("tasks.accepted", Golden.v(7).by("rating", "EXCELLENT", 1, "GOOD", 4, "PASSED", 1, "OWN_MERIT", 1)
                .by("level", "NATIONAL", 1, "PROVINCIAL", 6));
        m.put("tasks.implementing", Golden.v(3).by("level", "NATIONAL", 1, "PROVINCIAL", 2));
        m.put("tasks.acceptanceCouncilsFormed", Golden.v(0));
        y.put("inspection.campaigns", Golden.v(3).by("field", "QUALITY", 1, "MEASUREMENT", 2));
        return Golden.figures(m, y);
    }

    @Test
    void aBreakdownPrintsEveryPartWithRecordsByItsLabelInTheVocabularysOrder() {
        var r = Render.render("@period ytd\n({tasks.accepted.by.rating}) / ({tasks.accepted.by.rating.commas: nhiệm vụ xếp loại}) / "
                + "{inspection.campaigns.by.field.commas: cuộc về} / {tasks.accepted.by.level}", department(), Map.of(), List.of());
        assertThat(body(r)).isEqualTo("(01 xuất sắc, 04 khá, 01 đạt và 01 OWN_MERIT) / (01 nhiệm vụ xếp loại xuất sắc, 04 nhiệm vụ xếp loại khá, "
                + "01 nhiệm vụ xếp loại đạt, 01 nhiệm vụ xếp loại OWN_MERIT) / 02 cuộc về đo lường, 01 cuộc về chất lượng sản phẩm, hàng hóa / "
                + "01 cấp quốc gia và 06 cấp tỉnh\n");
    }

    @Test
    void aBreakdownLessTheNamedPartsPrintsTheRestAndItsTotal() {
        var r = Render.render("{tasks.implementing.by.level.~PROVINCIAL: nhiệm vụ} + {tasks.implementing.by.level.PROVINCIAL} / "
                + "{tasks.implementing.by.level.~PROVINCIAL.total} / [{tasks.implementing.by.level.~PROVINCIAL+NATIONAL}]", department(), Map.of(), List.of());
        assertThat(body(r)).isEqualTo("01 nhiệm vụ cấp quốc gia + 02 / 01 / []\n");
    }

    @Test
    void thePartsOfASubDimensionUnderAPrefixPrintByTheirLevelsLabelAndANounPrintsOnce() {
        Map<String, Golden.V> y = new LinkedHashMap<>();
        y.put("tasks.managed", Golden.v(5).by("origin", "CARRIED_OVER", 2, "NEW", 3)
                .by("origin/level", "CARRIED_OVER/PROVINCIAL", 2, "NEW/PROVINCIAL", 1, "NEW/MINISTERIAL", 1, "NEW/OWN_LEVEL", 1)
                .by("level", "PROVINCIAL", 3, "MINISTERIAL", 1, "OWN_LEVEL", 1));
        y.put("tasks.implementing", Golden.v(0));
        var r = Render.render("@period ytd\n{tasks.managed.by.origin/level.NEW/~PROVINCIAL: nhiệm vụ} / {tasks.managed.by.origin/level.NEW/*.commas} / "
                + "?{tasks.managed.by.origin/level.NEW/~PROVINCIAL+MINISTERIAL+OWN_LEVEL: có | không có}; ?{tasks.managed.by.origin/level.NEW/~PROVINCIAL: có | không có} / "
                + "{tasks.managed.by.origin/level.NEW/~PROVINCIAL.total} / {tasks.managed.by.level.~OWN_LEVEL: cấp}",
                Golden.figures(Map.of(), y), Map.of(), List.of());
        assertThat(body(r)).isEqualTo("01 nhiệm vụ cấp bộ và 01 nhiệm vụ OWN_LEVEL / 01 cấp tỉnh, 01 cấp bộ, 01 OWN_LEVEL / không có; có / 02 / "
                + "03 cấp tỉnh và 01 cấp bộ\n");
    }

    @Test
    void aZeroClauseIsLeftOutOrWordedAndANonZeroOnePrintsItsText() {
        var r = Render.render("Có {tasks.implementing} nhiệm vụ?{tasks.acceptanceCouncilsFormed: , thành lập {tasks.acceptanceCouncilsFormed} Hội đồng nghiệm thu ([[narrative:councils|SCIENCE]])}; "
                + "?{tasks.acceptanceCouncilsFormed: có hội đồng | chưa có hội đồng nghiệm thu}; ?{tasks.implementing.by.level.NATIONAL: **{tasks.implementing.by.level.NATIONAL}** nhiệm vụ cấp quốc gia, }xong; "
                + "?{tasks.implementing.by.level.GRASSROOTS: cơ sở}?{inspection.campaigns@ytd: thanh tra^{detail: {inspection.campaigns@ytd} cuộc}}.",
                department(), Map.of(), List.of());
        assertThat(body(r)).isEqualTo("Có 03 nhiệm vụ; chưa có hội đồng nghiệm thu; 01 nhiệm vụ cấp quốc gia, xong; thanh tra.\n");
        assertThat(r.footnotes()).extracting(RenderedReport.Footnote::text).containsExactly("03 cuộc");
        assertThat(r.blocks().get(0).spans()).filteredOn(RenderedReport.Span::bold).extracting(RenderedReport.Span::text).containsExactly("01");
    }

    @Test
    void aParagraphOfZeroClausesAllLeftOutPrintsNoEmptyLine() {
        var r = Render.render("A\n\n?{tasks.acceptanceCouncilsFormed: {tasks.acceptanceCouncilsFormed} hội đồng}\n\nB", department(), Map.of(), List.of());
        assertThat(body(r)).isEqualTo("A\nB\n");
    }

    @Test
    void aMalformedClauseIsRefusedInVietnamese() {
        assertThatThrownBy(() -> ReportTemplate.parse("?{tasks.implementing có}")).isInstanceOf(DomainException.class)
                .hasMessageContaining("Mệnh đề ?{…} cần dạng");
        assertThatThrownBy(() -> ReportTemplate.parse("?{tasks.implementing: có")).isInstanceOf(DomainException.class).hasMessageContaining("Thiếu dấu");
    }

    @Test
    void aKindExtendsTheBodyReplacingItsBlocksAndRefusesTextOutsideThem() {
        ReportTemplate month = ReportTemplate.parse(ReportTemplates.defaultSource(ReportKind.MONTH));
        ReportTemplate nine = ReportTemplate.parse(ReportTemplates.defaultSource(ReportKind.NINE_MONTHS));
        assertThat(month.subject()).startsWith("Kết quả hoạt động khoa học và công nghệ tháng {$month} năm {$year}");
        assertThat(nine.nodes().stream().filter(n -> n instanceof ReportTemplate.Heading h && h.text().startsWith("II. KẾT QUẢ"))).hasSize(1);
        assertThat(month.nodes().stream().filter(n -> n instanceof ReportTemplate.Heading h && h.text().startsWith("II. KẾT QUẢ"))).isEmpty();
        assertThat(month.nodes().stream().filter(n -> n instanceof ReportTemplate.Para p && p.text().contains("metrology.verifications"))).hasSize(1);
        assertThat(ReportTemplate.parse("@extends body\n@define subject: S\n@define reporting-on: R\n@define ytd-title: Y\n@define plan-title: P\n"
                + "@block ytd\n# II. RIÊNG\n@endblock").nodes()).anyMatch(n -> n instanceof ReportTemplate.Heading h && h.text().equals("II. RIÊNG"));
        assertThatThrownBy(() -> ReportTemplate.parse("@extends body\nMột đoạn ngoài khối")).isInstanceOf(DomainException.class)
                .hasMessageContaining("nằm ngoài khối");
        assertThatThrownBy(() -> ReportTemplate.parse("@extends khong-co")).isInstanceOf(DomainException.class).hasMessageContaining("Không có mẫu dùng chung");
        assertThatThrownBy(() -> ReportTemplate.parse("@block a\nx")).isInstanceOf(DomainException.class).hasMessageContaining("@endblock");
        for (ReportKind k : ReportKind.values()) {
            String source = ReportTemplates.defaultSource(k);
            assertThat(source).as(k + " extends the body").contains("@extends body");
            assertThat(source.lines().count()).as(k + " is a few lines over the body").isLessThan(20);
        }
    }

    @Test
    void theDefaultTemplatesNameNoPlaceAndNoProductOfTheDemo() throws IOException {
        for (String name : List.of("body", "month", "quarter", "half-year", "nine-months", "year")) {
            String source;
            try (InputStream in = getClass().getResourceAsStream("/reporting/templates/" + name + ".tpl")) {
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            for (String word : List.of("Cao Bằng", "caobang", "giảo cổ lam", "nghệ đen", "nghệ vàng", "tinh bột nghệ", "Hòa An", "Thạch An",
                    "Bảo Lạc", "Trùng Khánh", "Hà Quảng", "Mận", "Covid")) {
                assertThat(source).as(name + " names " + word).doesNotContainIgnoringCase(word);
            }
        }
    }
}
