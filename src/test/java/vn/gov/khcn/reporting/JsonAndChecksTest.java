package vn.gov.khcn.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.khcn.reporting.internal.JsonWriter;
import vn.gov.khcn.reporting.internal.ReportChecks;

class JsonAndChecksTest {
    private static List<ReportCheck> checks(FigureSet f) {
        return ReportChecks.run(f, Set.of(), ids -> ids);
    }

    @Test
    void sameFiguresGiveTheSameBytes() {
        String a = JsonWriter.write("nine-months", "2021-09", Golden.seed(), checks(Golden.seed()));
        String b = JsonWriter.write("nine-months", "2021-09", Golden.seed(), checks(Golden.seed()));
        assertThat(a).isEqualTo(b);
        assertThat(a).startsWith("{\"checks\":[").contains("\"kind\":\"nine-months\",\"period\":\"2021-09\",\"periods\":{\"month\":{\"end\":\"2021-09-16\"")
                .contains("\"tasks.implementing\":{\"by\":{\"level\":{\"PROVINCIAL\":21,\"RURAL_MOUNTAIN\":5,\"URGENT_LOCAL\":1}},\"value\":27}")
                .contains("\"ytd\":{\"end\":\"2021-09-16\"").contains("\"start\":\"2020-12-17\"");
    }

    @Test
    void leavesOutValueWhereNullAndEmptyBreakdowns() {
        String json = JsonWriter.write("nine-months", "2021-09", Golden.seed(), List.of());
        assertThat(json).contains("\"centre.produced\":{\"by\":{\"product\":{\"Sản phẩm nghệ (nghệ đen, nghệ vàng, tinh bột nghệ) (lọ)\":870,\"Trà giảo cổ lam (hộp)\":8079}}}")
                .contains("\"technology.appraisals\":{\"value\":5}");
    }

    @Test
    void theSeedFiguresPassEveryCheck() {
        assertThat(checks(Golden.seed())).allMatch(ReportCheck::ok);
    }

    @Test
    void aBreakdownThatDoesNotAddUpFailsNamingTheIndicatorAndFigures() {
        Map<String, Golden.V> m = new LinkedHashMap<>();
        m.put("tasks.implementing", Golden.v(27).by("level", "URGENT_LOCAL", 1, "RURAL_MOUNTAIN", 5, "PROVINCIAL", 20));
        List<ReportCheck> c = checks(Golden.figures(m, Map.of()));
        ReportCheck failed = c.stream().filter(x -> !x.ok()).findFirst().orElseThrow();
        assertThat(failed.rule()).isEqualTo(ReportChecks.SUMS);
        assertThat(failed.code()).isEqualTo("tasks.implementing");
        assertThat(failed.message()).contains("tasks.implementing").contains("26").contains("27");
    }

    @Test
    void subBreakdownsAddUpToTheirPart() {
        Map<String, Golden.V> y = new LinkedHashMap<>();
        y.put("tasks.listedNextYear", Golden.v(19).by("level", "PROVINCIAL", 11, "GRASSROOTS", 3, "RURAL_MOUNTAIN", 5).by("management", "CENTRAL", 3, "DELEGATED", 1));
        y.put("tasks.managed", Golden.v(34).by("origin", "CARRIED_OVER", 30, "NEW", 4).by("origin/level", "NEW/PROVINCIAL", 2, "NEW/GRASSROOTS", 1));
        List<ReportCheck> failed = checks(Golden.figures(Map.of(), y)).stream().filter(x -> !x.ok()).toList();
        assertThat(failed).extracting(ReportCheck::code).containsExactlyInAnyOrder("tasks.listedNextYear", "tasks.managed");
    }

    @Test
    void aMonthCountAboveTheYearToDateFails() {
        List<ReportCheck> failed = checks(Golden.figures(Map.of("outreach.newsPosts", Golden.v(35)), Map.of("outreach.newsPosts", Golden.v(30))))
                .stream().filter(x -> !x.ok()).toList();
        assertThat(failed).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(ReportChecks.MONTH_WITHIN_YTD);
            assertThat(x.message()).contains("outreach.newsPosts").contains("35").contains("30");
        });
    }

    @Test
    void aCitedDocumentMissingFromTheRegisterFails() {
        List<ReportCheck> failed = ReportChecks.run(Golden.seed(), Set.of(), ids -> List.of()).stream().filter(x -> !x.ok()).toList();
        assertThat(failed).isNotEmpty().allMatch(x -> x.rule().equals(ReportChecks.CITED_DOCUMENTS));
        assertThat(failed).anyMatch(x -> x.message().contains("1161/TTr-SKH&CN"));
    }

    @Test
    void anIndicatorWithoutSourceFails() {
        List<ReportCheck> failed = ReportChecks.run(Golden.seed(), Set.of("centre.sold"), ids -> ids).stream().filter(x -> !x.ok()).toList();
        assertThat(failed).singleElement().extracting(ReportCheck::message).isEqualTo("Chỉ tiêu centre.sold chưa có nguồn số liệu.");
    }
}
