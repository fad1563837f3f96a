package vn.gov.khcn.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.khcn.exchange.Exports;
import vn.gov.khcn.exchange.Imports;
import vn.gov.khcn.outreach.Channel;
import vn.gov.khcn.outreach.Outreach;
import vn.gov.khcn.outreach.OutreachCommand;
import vn.gov.khcn.reporting.ReportCheck;
import vn.gov.khcn.reporting.ReportEngine;
import vn.gov.khcn.reporting.ReportKind;
import vn.gov.khcn.shared.ConcurrentEditException;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;
import vn.gov.khcn.testing.Workbooks;

/**
 * The register of the year's plans on both databases: add, versioned change, audit, Vietnamese errors, the API, the
 * spreadsheet import and export, and a report over records and a plan.
 */
class PlanRegisterTest {
    @Nested
    @OnH2
    class OnEmbeddedDatabase extends PlanRegisterContract {
    }

    @Nested
    @OnPostgres
    class OnPostgreSql extends PlanRegisterContract {
    }
}

abstract class PlanRegisterContract {
    @Autowired
    Plans plans;
    @Autowired
    Outreach outreach;
    @Autowired
    ReportEngine engine;
    @Autowired
    Imports imports;
    @Autowired
    Exports exports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    /**
     * A year of its own per test and database, in 2050–2069: no other test makes reports there (the report workflow's
     * are 2070 and later, others 2041–2048), and a plan of the year takes part in the checks of every report of it.
     */
    private static int year() {
        return 2050 + (int) (Math.abs(UUID.randomUUID().getMostSignificantBits()) % 20);
    }

    private int freeYear() {
        for (int i = 0; i < 100; i++) {
            int y = year();
            if (plans.ofYear(y).isEmpty()) {
                return y;
            }
        }
        throw new IllegalStateException();
    }

    @Test
    @WithUserDetails("vanphong")
    void theOfficeAddsAndCorrectsAPlanWithItsVersionAndEachWriteIsAudited() {
        int y = freeYear();
        PlanTarget p = plans.record(PlanCommand.of(y, "tasks.accepted", null, 15L, "Theo kế hoạch năm", "Quyết định số 12/QĐ-UBND"));
        assertThat(p.part()).isNull();
        assertThat(plans.find(y, "tasks.accepted", "").orElseThrow().planned()).isEqualTo(15);
        PlanTarget changed = plans.correct(p.id(), new PlanCommand(y, "tasks.accepted", null, 16L, null, "Quyết định số 13/QĐ-UBND", p.version(), null));
        assertThat(changed.planned()).isEqualTo(16);
        assertThat(changed.version()).isEqualTo(p.version() + 1);
        assertThatThrownBy(() -> plans.correct(p.id(), new PlanCommand(y, "tasks.accepted", null, 17L, null, null, p.version(), null)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'planTarget' and entity_id = :id").param("id", p.id())
                .query(Long.class).single()).isEqualTo(2);
        PlanTarget part = plans.record(PlanCommand.of(y, "tasks.accepted", "level.PROVINCIAL", 10L, null, null));
        assertThat(plans.ofYear(y)).extracting(PlanTarget::part).containsExactly(null, "level.PROVINCIAL");
        assertThat(plans.search(new PlanQuery(y, "ACCEPTED"), 0, 25).items()).extracting(PlanTarget::id).containsExactly(p.id(), part.id());
    }

    @Test
    @WithUserDetails("vanphong")
    void wrongPlansAreRefusedInVietnamese() {
        int y = freeYear();
        assertThatThrownBy(() -> plans.record(PlanCommand.of(y, "tasks.acepted", null, 15L, null, null))).isInstanceOf(DomainException.class)
                .hasMessageContaining("Không có chỉ tiêu mã \"tasks.acepted\"").hasMessageContaining("/plans/indicators");
        assertThatThrownBy(() -> plans.record(PlanCommand.of(y, "tasks.accepted", null, -1L, null, null))).isInstanceOf(DomainException.class)
                .hasMessageContaining("không được âm");
        assertThatThrownBy(() -> plans.record(PlanCommand.of(y, "tasks.accepted", "PROVINCIAL", 1L, null, null))).isInstanceOf(DomainException.class)
                .hasMessageContaining("CHIỀU.KHÓA");
        plans.record(PlanCommand.of(y, "tasks.accepted", null, 15L, null, null));
        assertThatThrownBy(() -> plans.record(PlanCommand.of(y, "tasks.accepted", "", 20L, null, null))).isInstanceOf(DomainException.class)
                .hasMessageContaining("Đã có kế hoạch năm " + y + " của chỉ tiêu tasks.accepted");
        assertThat(plans.ofYear(y)).hasSize(1);
    }

    @Test
    @WithUserDetails("trungtam")
    void centreStaffCannotEnterPlans() {
        assertThatThrownBy(() -> plans.record(PlanCommand.of(freeYear(), "tasks.accepted", null, 1L, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theApiAddsAPlanAndAnswersAWrongCodeAsAProblem() throws Exception {
        int y = freeYear();
        mvc.perform(post("/api/plans").with(httpBasic("vanphong", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"planYear\":" + y + ",\"code\":\"inspection.campaigns\",\"planned\":6,\"source\":\"Quyết định số 5/QĐ-UBND\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.planned").value(6));
        mvc.perform(post("/api/plans").with(httpBasic("vanphong", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"planYear\":" + y + ",\"code\":\"khong.co\",\"planned\":6}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", Matchers.containsString("danh mục chỉ tiêu")));
        mvc.perform(get("/plans").param("year", String.valueOf(y)).with(httpBasic("vanphong", "demo")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Quyết định số 5/QĐ-UBND")));
        mvc.perform(get("/plans/indicators").with(httpBasic("vanphong", "demo")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("tasks.accepted")));
    }

    @Test
    @WithUserDetails("vanphong")
    void aFilledTemplateImportsAllOrNothingAndExportsAsItCameIn(@TempDir Path dir) throws Exception {
        int y = freeYear();
        List<Object[]> bad = List.of(new Object[] {y, "tasks.accepted", null, 15, null, "Quyết định số 1/QĐ-UBND"},
                new Object[] {y, "tasks.accepted", "level.PROVINCIAL", -2, null, null});
        var refused = imports.importFile(Workbooks.fill(imports.template("plans"), "Ke hoach", bad, dir.resolve("bad.xlsx")), "bad.xlsx", "plans");
        assertThat(refused.refused()).isTrue();
        assertThat(refused.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.expected() + " " + e.found()).contains("không được âm");
        });
        assertThat(plans.ofYear(y)).isEmpty();
        List<Object[]> rows = List.of(new Object[] {y, "tasks.accepted", null, 15, "Cả năm", "Quyết định số 1/QĐ-UBND"},
                new Object[] {y, "tasks.accepted", "level.PROVINCIAL", 12, null, null},
                new Object[] {y, "tasks.accepted", null, 15, "Cả năm", "Quyết định số 1/QĐ-UBND"});
        var outcome = imports.importFile(Workbooks.fill(imports.template("plans"), "Ke hoach", rows, dir.resolve("plans.xlsx")), "plans.xlsx", "plans");
        assertThat(outcome.added()).isEqualTo(2);
        assertThat(outcome.skipped()).isEqualTo(1);
        assertThat(plans.ofYear(y)).extracting(PlanTarget::planned).containsExactly(15L, 12L);
        List<Object[]> exported = new ArrayList<>();
        exports.each("plans", Map.of("year", String.valueOf(y)), exported::add);
        assertThat(exported).hasSize(2);
        assertThat(exported.get(0)).contains("tasks.accepted", "Quyết định số 1/QĐ-UBND");
        var again = imports.importFile(Workbooks.fill(imports.template("plans"), "Ke hoach", rows, dir.resolve("again.xlsx")), "again.xlsx", "plans");
        assertThat(again.added()).isZero();
        exports.export("plans", Exports.Format.CSV, Map.of("year", String.valueOf(y)), new ByteArrayOutputStream());
    }

    @Test
    @WithUserDetails("vanphong")
    void aReportOverRecordsAndAPlanSaysHowMuchOfThePlanIsReachedAndWithoutAPlanSaysNothingOfIt() {
        int y = freeYear();
        String tag = UUID.randomUUID().toString();
        for (int i = 1; i <= 4; i++) {
            outreach.record(OutreachCommand.of(Channel.NEWS_POST, "Tin kế hoạch " + tag + " " + i, LocalDate.of(y, 3, i), "khcn.example.gov.vn",
                    null, null, null));
        }
        String source = "@period ytd\nĐăng {outreach.newsPosts} tin, bài?{outreach.newsPosts|plan:, đạt {outreach.newsPosts|percent} kế hoạch năm"
                + "?{outreach.newsPosts|remaining:, còn {outreach.newsPosts|remaining} tin, bài}}.";
        String without = text(engine.preview(ReportKind.NINE_MONTHS, YearMonth.of(y, 9), source));
        assertThat(without).contains("Đăng 04 tin, bài.").doesNotContain("kế hoạch");
        assertThat(engine.view(ReportKind.NINE_MONTHS, YearMonth.of(y, 9)).checks()).noneMatch(c -> c.rule().startsWith("plan-"));

        plans.record(PlanCommand.of(y, "outreach.newsPosts", null, 5L, null, "Quyết định số 9/QĐ-UBND"));
        String with = text(engine.preview(ReportKind.NINE_MONTHS, YearMonth.of(y, 9), source));
        assertThat(with).contains("Đăng 04 tin, bài, đạt 80% kế hoạch năm, còn 01 tin, bài.");
        var view = engine.view(ReportKind.NINE_MONTHS, YearMonth.of(y, 9));
        assertThat(view.checks()).filteredOn(c -> c.rule().equals("plan-missed")).singleElement().satisfies(c -> {
            assertThat(c.warning()).isTrue();
            assertThat(c.message()).contains("Tin, bài đăng trên trang thông tin điện tử: 4/5 (80%) kế hoạch năm " + y);
        });
        assertThat(view.checks()).filteredOn(c -> c.rule().equals("plan-parts-sum")).allMatch(ReportCheck::ok);
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]+>", "");
    }
}
