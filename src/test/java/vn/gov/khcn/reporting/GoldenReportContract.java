package vn.gov.khcn.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole seed rebuilt from records: the JSON of the nine-months report for 2021-09 on the demo data
 * holds every golden cell of indicators.md (src/test/resources/golden-2021-09.tsv), every check passes,
 * and the same records give the same bytes.
 */
abstract class GoldenReportContract {
    @Autowired
    ReportEngine engine;
    @Autowired
    JsonMapper json;

    @Test
    void nineMonthsJsonHoldsEveryGoldenCellAndPassesEveryCheck() throws IOException {
        String text = engine.json(engine.view(ReportKind.NINE_MONTHS, YearMonth.of(2021, 9)));
        JsonNode report = json.readTree(text);
        assertThat(report.path("periods").path("month").path("start").asString()).isEqualTo("2021-08-17");
        assertThat(report.path("periods").path("ytd").path("start").asString()).isEqualTo("2020-12-17");
        SoftAssertions soft = new SoftAssertions();
        List<String[]> cells = golden();
        for (String[] c : cells) {
            JsonNode node = report.path("periods").path(c[0]).path("indicators").path(c[1]);
            String path = c[2];
            if (path.equals("value")) {
                node = node.path("value");
            } else {
                String[] p = path.split("\\.", 3); // by, DIM, KEY (the key may hold dots or slashes)
                node = node.path("by").path(p[1]).path(p[2]);
            }
            soft.assertThat(node.isMissingNode() ? null : node.asLong()).as(c[0] + " " + c[1] + " " + path).isEqualTo(Long.parseLong(c[3]));
        }
        for (JsonNode check : report.path("checks")) {
            soft.assertThat(check.path("ok").asBoolean()).as("check " + check).isTrue();
        }
        soft.assertAll();
        assertThat(cells).hasSizeGreaterThan(70);
        assertThat(engine.json(engine.view(ReportKind.NINE_MONTHS, YearMonth.of(2021, 9)))).isEqualTo(text);
    }

    @Test
    void everyReportKindOf2021GeneratesWithItsChecksPassing() {
        for (var k : List.of(new Object[] {ReportKind.MONTH, 9}, new Object[] {ReportKind.QUARTER, 9},
                new Object[] {ReportKind.HALF_YEAR, 6}, new Object[] {ReportKind.YEAR, 12})) {
            ReportEngine.View v = engine.view((ReportKind) k[0], YearMonth.of(2021, (int) k[1]));
            assertThat(v.checks()).as(k[0] + " checks").allMatch(ReportCheck::ok);
            assertThat(engine.docx(v)).as(k[0] + " docx").isNotEmpty();
        }
    }

    private static List<String[]> golden() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = GoldenReportContract.class.getResourceAsStream("/golden-2021-09.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        }
        return rows;
    }
}
