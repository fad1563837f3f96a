package vn.gov.khcn.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.gov.khcn.metrology.Metrology;
import vn.gov.khcn.reporting.Report;
import vn.gov.khcn.reporting.ReportKind;
import vn.gov.khcn.reporting.ReportStatus;
import vn.gov.khcn.reporting.ReportTexts;
import vn.gov.khcn.reporting.Reports;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.Unit;

/**
 * The home page is each person's work and the due page pages and filters, as the demo's users see them. Reports are
 * made for 2087 (no demo period; other tests use 2091+), one month per database.
 */
abstract class DeskContract {
    @Autowired
    WebApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    Reports reports;
    @Autowired
    ReportTexts texts;
    @Autowired
    vn.gov.khcn.reporting.ReportSections sections;
    @Autowired
    Metrology metrology;
    @Autowired
    WorkQueues queues;
    @Autowired
    vn.gov.khcn.tasks.Tasks tasks;
    MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    abstract int month();

    <T> T as(String username, Supplier<T> action) {
        var u = users.loadUserByUsername(username);
        var before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    String page(String username, String path) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(username)))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** A draft of the month with every narrative section written and marked done by its unit but those of {@code owing}. */
    Report draft(YearMonth m, Unit owing) {
        Report r = as("vanphong", () -> {
            Report x = reports.search(m.getYear(), ReportKind.MONTH, null).stream().filter(y -> y.period().equals(m)).findFirst()
                    .orElseGet(() -> reports.create(ReportKind.MONTH, m, m.atDay(20)));
            reports.slots(x).forEach((slot, unit) -> {
                if (unit != owing) {
                    texts.saveNarrative(x.id(), slot, "Đã viết.");
                }
            });
            return reports.get(x.id());
        });
        reports.slots(r).forEach((slot, unit) -> {
            if (unit != owing) {
                as(vn.gov.khcn.testing.SectionsDone.WRITERS.get(unit), () -> sections.mark(r.id(), slot, true));
            }
        });
        return reports.get(r.id());
    }

    @Test
    void theDirectorSeesTheReportAwaitingApprovalWithItsLink() throws Exception {
        Report r = draft(YearMonth.of(2087, month()), null);
        Report submitted = as("vanphong", () -> reports.submit(r.id(), r.version()));
        assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);
        String home = page("giamdoc", "/");
        assertThat(home).contains("Báo cáo chờ Lãnh đạo Sở duyệt").contains("href=\"/reports/" + r.id() + "\"");
        // a unit's staff have no approval queue
        assertThat(page("qlkh", "/")).doesNotContain("Báo cáo chờ Lãnh đạo Sở duyệt");
    }

    @Test
    void theOfficeAndTheUnitSeeTheSectionsTheUnitStillOwes() throws Exception {
        Report r = draft(YearMonth.of(2087, month() + 2), Unit.SCIENCE);
        assertThat(reports.slots(r)).containsValue(Unit.SCIENCE);
        String office = page("vanphong", "/");
        assertThat(office).contains("href=\"/reports/" + r.id() + "\"");
        assertThat(queues.inProgress()).filteredOn(o -> o.report().id() == r.id()).singleElement()
                .satisfies(o -> assertThat(o.sections()).containsOnlyKeys(Unit.SCIENCE));
        assertThat(page("qlkh", "/")).contains("Phần thuyết minh " + Unit.SCIENCE.label() + " còn phải viết")
                .contains("href=\"/reports/" + r.id() + "\"");
        // the centre owes nothing in it
        assertThat(queues.owedBy(Unit.CENTRE)).noneMatch(o -> o.report().id() == r.id());
    }

    @Test
    void aSectionWrittenButNotMarkedDoneIsStillOwedUntilItsUnitMarksIt() throws Exception {
        Report r = draft(YearMonth.of(2087, month() + 4), Unit.SCIENCE);
        String slot = reports.slots(r).entrySet().stream().filter(e -> e.getValue() == Unit.SCIENCE).findFirst().orElseThrow().getKey();
        String heading = reports.slotHeadings(r).get(slot);
        as("qlkh", () -> texts.saveNarrative(r.id(), slot, "Đã viết, chưa xong."));
        // written, not yet done: still in the unit's queue, by its heading
        assertThat(queues.owedBy(Unit.SCIENCE)).filteredOn(o -> o.report().id() == r.id()).singleElement()
                .satisfies(o -> assertThat(o.sections().get(Unit.SCIENCE)).contains(heading));
        reports.slots(r).forEach((s, unit) -> {
            if (unit == Unit.SCIENCE) {
                as("qlkh", () -> {
                    texts.saveNarrative(r.id(), s, "Đã viết xong.");
                    return sections.mark(r.id(), s, true);
                });
            }
        });
        assertThat(queues.owedBy(Unit.SCIENCE)).noneMatch(o -> o.report().id() == r.id());
        assertThat(queues.inProgress()).filteredOn(o -> o.report().id() == r.id()).singleElement().satisfies(o -> assertThat(o.complete()).isTrue());
        // changing the text afterwards reopens it: owed again
        as("qlkh", () -> texts.saveNarrative(r.id(), slot, "Đã sửa lại."));
        assertThat(queues.owedBy(Unit.SCIENCE)).filteredOn(o -> o.report().id() == r.id()).singleElement()
                .satisfies(o -> assertThat(o.sections().get(Unit.SCIENCE)).containsExactly(heading));
    }

    @Test
    void aUnitSeesItsOwnOverdueItemsAndNotAnotherUnits() throws Exception {
        long due = metrology.dueCount(30);
        assertThat(due).isGreaterThan(10);
        String centre = page("trungtam", "/");
        assertThat(centre).contains("Phương tiện đo đến hạn kiểm định lại").contains("/metrology/verifications/")
                .containsPattern("quá hạn \\d+ ngày")
                .contains("href=\"/due?unit=CENTRE&amp;kind=instruments\"").contains("Xem tất cả (" + Formats.number(due) + ")");
        assertThat(centre.split("href=\"/metrology/verifications/", -1)).hasSize(1 + WorkQueues.TOP);
        String technology = page("qlcn", "/");
        assertThat(technology).doesNotContain("/metrology/verifications/").doesNotContain("Phương tiện đo đến hạn");
    }

    @Test
    void theDuePagePagesByFiftyAndFiltersByUnitAndKind() throws Exception {
        long due = metrology.dueCount(30);
        String first = page("trungtam", "/due");
        // a unit's staff see their own unit's first
        assertThat(first).contains("<option value=\"CENTRE\" selected=\"selected\">");
        assertThat(first.split("href=\"/metrology/verifications/", -1).length - 1).isEqualTo(50);
        assertThat(first).contains("href=\"/due?unit=CENTRE&amp;page=1\"");
        String second = page("trungtam", "/due?unit=CENTRE&kind=instruments&page=1");
        assertThat(second).contains(Formats.number(due) + " việc").contains("Trang 2 /");
        String technology = page("trungtam", "/due?unit=TECHNOLOGY&kind=instruments");
        assertThat(technology).doesNotContain("/metrology/verifications/").contains("0 việc");
        String all = page("giamdoc", "/due");
        assertThat(all).contains("<option value=\"\">Tất cả</option>");
        mvc.perform(get("/due?kind=unknown").with(user(users.loadUserByUsername("trungtam")))).andExpect(status().isBadRequest());
    }

    @Test
    void theDueListMergesTheKindsSoonestFirstAcrossPages() {
        LocalDate today = LocalDate.now();
        DueList list = context.getBean(DueList.class);
        long total = list.count(null, null, today);
        var firstTwo = list.page(null, null, today, 0, 100).items();
        var second = list.page(null, null, today, 1, 50).items();
        assertThat(list.page(null, null, today, 0, 50).total()).isEqualTo(total);
        assertThat(second).containsExactlyElementsOf(firstTwo.subList(50, Math.min(100, firstTwo.size())));
        assertThat(firstTwo).isSortedAccordingTo(vn.gov.khcn.shared.DueItems.SOONEST);
    }

    @Test
    void theInstrumentsDuePageFromAnOffset() {
        var first = metrology.due(30, 15);
        assertThat(metrology.due(30, 10, 5)).containsExactlyElementsOf(first.subList(10, 15));
    }

    @Test
    void tasksUnderExecutionPastTheirContractEndAreDueForTheScienceUnit() throws Exception {
        LocalDate until = LocalDate.now().plusDays(30);
        var ending = tasks.contractsEndingBy(until);
        assertThat(ending).isNotEmpty().allSatisfy(c -> {
            assertThat(c.endsOn()).isEqualTo(c.contractedOn().plusMonths(c.durationMonths())).isBeforeOrEqualTo(until);
            assertThat(tasks.facts(c.taskId()).status()).isIn("CONTRACTED", "PROGRESS_CHECKED", "ADJUSTMENT_REQUESTED", "ADJUSTED", "EXTENDED");
        });
        var c = ending.get(0);
        assertThat(page("qlkh", "/")).contains("Nhiệm vụ KH&amp;CN hết hạn hợp đồng chưa nghiệm thu").contains("href=\"/tasks/" + c.taskId() + "\"")
                .contains("quá hạn " + java.time.temporal.ChronoUnit.DAYS.between(c.endsOn(), LocalDate.now()) + " ngày");
        assertThat(page("trungtam", "/")).doesNotContain("hết hạn hợp đồng");
    }
}
