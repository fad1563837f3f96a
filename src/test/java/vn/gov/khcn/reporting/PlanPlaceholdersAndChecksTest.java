package vn.gov.khcn.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.khcn.reporting.internal.ReportChecks;

/** The year's plan in a report: {@code {x|plan}}, {@code {x|percent}}, {@code {x|remaining}}, their clauses, and the plan checks. */
class PlanPlaceholdersAndChecksTest {
    private static String body(RenderedReport r) {
        return r.blocks().stream().map(RenderedReport.Block::text).reduce("", (a, b) -> a + b + "\n");
    }

    /** Twelve tasks accepted by September, ten of them provincial. */
    private static FigureSet figures() {
        Map<String, Golden.V> m = new LinkedHashMap<>();
        Map<String, Golden.V> y = new LinkedHashMap<>();
        m.put("tasks.accepted", Golden.v(2).by("level", "PROVINCIAL", 2));
        y.put("tasks.accepted", Golden.v(12).by("level", "PROVINCIAL", 10, "GRASSROOTS", 2));
        y.put("inspection.campaigns", Golden.v(7));
        return Golden.figures(m, y);
    }

    private static PlanValue plan(String code, String part, long planned) {
        return new PlanValue(2021, code, part, planned, "Quyết định số 15/QĐ-UBND");
    }

    private static final String SENTENCE = "@period ytd\nNghiệm thu {tasks.accepted} nhiệm vụ?{tasks.accepted|plan:, đạt {tasks.accepted|percent} kế hoạch năm"
            + " ({tasks.accepted|plan} nhiệm vụ?{tasks.accepted|remaining:, còn {tasks.accepted|remaining} nhiệm vụ})}.";

    @Test
    void aFigureWithAPlanPrintsTheShareReachedAndWhatIsLeft() {
        var r = Render.render(SENTENCE, figures().withPlans(List.of(plan("tasks.accepted", null, 15))), Map.of(), List.of());
        assertThat(body(r)).isEqualTo("Nghiệm thu 12 nhiệm vụ, đạt 80% kế hoạch năm (15 nhiệm vụ, còn 03 nhiệm vụ).\n");
    }

    @Test
    void withoutAPlanTheClauseIsLeftOutAndNothingIsMissing() {
        var r = Render.render(SENTENCE, figures(), Map.of(), List.of());
        assertThat(body(r)).isEqualTo("Nghiệm thu 12 nhiệm vụ.\n");
        assertThat(Render.findings(SENTENCE, figures(), Map.of(), List.of())).isEmpty();
    }

    @Test
    void aPlanReachedLeavesOutWhatIsLeftAndAPartsPlanIsReadByPart() {
        var f = figures().withPlans(List.of(plan("tasks.accepted", null, 12), plan("tasks.accepted", "level.PROVINCIAL", 12),
                plan("tasks.accepted", "level.GRASSROOTS", 3)));
        assertThat(body(Render.render(SENTENCE, f, Map.of(), List.of()))).isEqualTo("Nghiệm thu 12 nhiệm vụ, đạt 100% kế hoạch năm (12 nhiệm vụ).\n");
        assertThat(body(Render.render("@period ytd\n{tasks.accepted.by.level.PROVINCIAL|percent} / {tasks.accepted.by.level.PROVINCIAL+GRASSROOTS|plan}"
                + " / {tasks.accepted.by.level.PROVINCIAL+GRASSROOTS|percent} / {tasks.accepted.by.level.PROVINCIAL@month|percent}", f, Map.of(), List.of())))
                .isEqualTo("83,3% / 15 / 80% / 16,7%\n");
    }

    @Test
    void aPlaceholderWithoutAPlanPrintsTheMissingMarkThatTheTextChecksFind() {
        String src = "@period ytd\nĐạt {inspection.campaigns|percent} kế hoạch.";
        assertThat(body(Render.render(src, figures(), Map.of(), List.of()))).isEqualTo("Đạt … kế hoạch.\n");
        assertThat(Render.findings(src, figures(), Map.of(), List.of())).extracting(TextFinding::rule).contains("no-empty-reference");
    }

    @Test
    void theShareIsRoundedHalfUpToOneDecimalWithTheDecimalComma() {
        var f = figures().withPlans(List.of(plan("inspection.campaigns", null, 3), plan("tasks.accepted", null, 18)));
        assertThat(body(Render.render("@period ytd\n{inspection.campaigns|percent} {tasks.accepted|percent} {inspection.campaigns|remaining}",
                f, Map.of(), List.of()))).isEqualTo("233,3% 66,7% 00\n");
    }

    @Test
    void theDefaultBodyPrintsThePlanOnlyWhereOneIsEntered() {
        var withPlan = body(Render.nineMonths(Golden.seed().withPlans(List.of(plan("inspection.campaigns", null, 10)))));
        var without = body(Render.nineMonths(Golden.seed()));
        assertThat(without).doesNotContain("kế hoạch năm (");
        assertThat(withPlan).contains("đối với 11 cơ sở, đạt 50% kế hoạch năm (10 cuộc, còn 05 cuộc);");
        assertThat(withPlan.replace(", đạt 50% kế hoạch năm (10 cuộc, còn 05 cuộc)", "")).isEqualTo(without);
    }

    @Test
    void partPlansMustAddUpToTheWholePlan() {
        var f = figures().withPlans(List.of(plan("tasks.accepted", null, 15), plan("tasks.accepted", "level.PROVINCIAL", 12),
                plan("tasks.accepted", "level.GRASSROOTS", 2)));
        var checks = ReportChecks.run(f, ReportKind.NINE_MONTHS, Set.of(), ids -> ids);
        assertThat(checks).filteredOn(c -> c.rule().equals(ReportChecks.PLAN_PARTS)).singleElement().satisfies(c -> {
            assertThat(c.ok()).isFalse();
            assertThat(c.warning()).isFalse();
            assertThat(c.message()).contains("theo level cộng lại 14 khác kế hoạch tổng 15");
        });
        var fixed = figures().withPlans(List.of(plan("tasks.accepted", null, 15), plan("tasks.accepted", "level.PROVINCIAL", 13),
                plan("tasks.accepted", "level.GRASSROOTS", 2)));
        assertThat(ReportChecks.run(fixed, ReportKind.NINE_MONTHS, Set.of(), ids -> ids))
                .filteredOn(c -> c.rule().equals(ReportChecks.PLAN_PARTS)).singleElement().satisfies(c -> assertThat(c.ok()).isTrue());
    }

    @Test
    void aFigureShortOfItsPlanIsAWarningAtNineMonthsAndTheYearNotAMonth() {
        var f = figures().withPlans(List.of(plan("tasks.accepted", null, 15), plan("inspection.campaigns", null, 7)));
        var checks = ReportChecks.run(f, ReportKind.NINE_MONTHS, Set.of(), ids -> ids);
        assertThat(checks).filteredOn(c -> c.rule().equals(ReportChecks.PLAN_MISSED)).singleElement().satisfies(c -> {
            assertThat(c.warning()).isTrue();
            assertThat(c.passes()).isTrue();
            assertThat(c.message()).contains("tasks.accepted: 12/15 (80%) kế hoạch năm 2021").doesNotContain("inspection");
        });
        assertThat(vn.gov.khcn.reporting.internal.JsonWriter.write("nine-months", "2021-09", f, checks))
                .contains("\"ok\":false,\"rule\":\"plan-missed\",\"warning\":true}");
        assertThat(ReportChecks.run(f, ReportKind.MONTH, Set.of(), ids -> ids)).noneMatch(c -> c.rule().equals(ReportChecks.PLAN_MISSED));
        assertThat(ReportChecks.run(figures(), ReportKind.YEAR, Set.of(), ids -> ids))
                .noneMatch(c -> c.rule().startsWith("plan-"));
    }
}
