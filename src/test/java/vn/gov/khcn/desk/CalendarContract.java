package vn.gov.khcn.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
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
import vn.gov.khcn.outreach.Channel;
import vn.gov.khcn.outreach.Outreach;
import vn.gov.khcn.outreach.OutreachCommand;
import vn.gov.khcn.reporting.Report;
import vn.gov.khcn.reporting.ReportDeadlines;
import vn.gov.khcn.reporting.ReportKind;
import vn.gov.khcn.reporting.ReportTexts;
import vn.gov.khcn.reporting.Reports;

/**
 * The reporting calendar as the demo's users see it: the demo's nine-month report in its period, windows from the
 * demo's cut-off day (16), deadlines from the settings, and records written late into a submitted report's period.
 * Late entries are made in {@link #year()} (no demo data; one year per database).
 */
abstract class CalendarContract {
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
    ReportDeadlines deadlines;
    @Autowired
    ReportCalendar calendar;
    @Autowired
    Outreach outreach;
    MockMvc mvc;

    abstract int year();

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

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

    @Test
    void theDemosNineMonthReportSitsInItsPeriodWithTheDemosCutOffAndItsDeadline() throws Exception {
        Map<ReportKind, List<ReportCalendar.Period>> y = calendar.year(2021);
        assertThat(y.get(ReportKind.MONTH)).hasSize(12);
        assertThat(y.get(ReportKind.QUARTER)).extracting(ReportCalendar.Period::words)
                .containsExactly("quý I/2021", "quý II/2021", "quý III/2021", "quý IV/2021");
        ReportCalendar.Period nine = y.get(ReportKind.NINE_MONTHS).get(0);
        Report demo = reports.search(2021, ReportKind.NINE_MONTHS, null).get(0);
        assertThat(nine.report().id()).isEqualTo(demo.id());
        assertThat(nine.words()).isEqualTo("9 tháng đầu năm 2021");
        // the demo's cut-off day is 16: the seed's "từ ngày 17/12/2020 đến 16/9/2021"
        assertThat(nine.window().start()).isEqualTo(LocalDate.of(2020, 12, 17));
        assertThat(nine.window().end()).isEqualTo(LocalDate.of(2021, 9, 16));
        assertThat(nine.deadline()).isEqualTo(LocalDate.of(2021, 9, 16).plusDays(deadlines.all().get(ReportKind.NINE_MONTHS)));
        assertThat(nine.state().label()).isEqualTo("đang soạn");
        ReportCalendar.Period september = y.get(ReportKind.MONTH).get(8);
        assertThat(september.window().start()).isEqualTo(LocalDate.of(2021, 8, 17));
        assertThat(september.state()).isEqualTo(ReportCalendar.State.NONE);

        String html = page("xem", "/calendar?year=2021");
        assertThat(html).contains("Lịch báo cáo năm 2021").contains("9 tháng đầu năm 2021").contains("href=\"/reports/" + demo.id() + "\"")
                .contains("17/12/2020 – 16/09/2021").contains("đang soạn").contains("chưa lập").contains("tháng 9/2021")
                .doesNotContain("NINE_MONTHS").doesNotContain("Lưu hạn gửi");
        assertThat(page("vanphong", "/calendar?year=2021")).contains("Lưu hạn gửi");
    }

    @Test
    void theDeadlineFollowsTheSettingAndOnlyTheOfficeChangesIt() throws Exception {
        int before = deadlines.all().get(ReportKind.YEAR);
        try {
            mvc.perform(post("/calendar/deadlines").param("days.YEAR", "12").param("year", "2021").with(csrf())
                    .with(user(users.loadUserByUsername("vanphong")))).andExpect(status().is3xxRedirection());
            assertThat(deadlines.all().get(ReportKind.YEAR)).isEqualTo(12);
            assertThat(calendar.year(2021).get(ReportKind.YEAR).get(0).deadline()).isEqualTo(LocalDate.of(2021, 12, 28));
            assertThatThrownBy(() -> as("vanphong", () -> deadlines.update(Map.of(ReportKind.YEAR, 61))))
                    .hasMessageContaining("phải từ 0 đến 60 ngày");
            assertThatThrownBy(() -> as("qlkh", () -> deadlines.update(Map.of(ReportKind.YEAR, 3))))
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
            assertThat(deadlines.all().get(ReportKind.YEAR)).isEqualTo(12);
        } finally {
            as("vanphong", () -> deadlines.update(Map.of(ReportKind.YEAR, before)));
        }
    }

    @Test
    void recordsWrittenAfterTheCutOffIntoASubmittedReportsPeriodAreListedWithTheirLinks() throws Exception {
        YearMonth march = YearMonth.of(year(), 3);
        Report written = as("vanphong", () -> {
            Report r = reports.create(ReportKind.MONTH, march, march.atDay(20));
            reports.slots(r).keySet().forEach(slot -> texts.saveNarrative(r.id(), slot, "Đã viết."));
            return r;
        });
        Report done = vn.gov.khcn.testing.SectionsDone.markAll(reports, sections, users, written.id());
        Report submitted = as("vanphong", () -> reports.submit(done.id(), done.version()));
        // dated 1 March: inside 17/2–16/3 of the demo's cut-off, written now, years after the cut-off
        long late = as("vanphong", () -> outreach.record(OutreachCommand.of(Channel.NEWS_POST, "Tin nhập muộn " + year(),
                march.atDay(1), "khcn.example.gov.vn", null, null, null)).id());
        // dated in May, whose report is not made: no warning
        as("vanphong", () -> outreach.record(OutreachCommand.of(Channel.NEWS_POST, "Tin tháng 5 " + year(), YearMonth.of(year(), 5).atDay(1),
                "khcn.example.gov.vn", null, null, null)).id());

        var months = calendar.year(year()).get(ReportKind.MONTH);
        ReportCalendar.Period p = months.get(2);
        assertThat(p.report().id()).isEqualTo(submitted.id());
        assertThat(p.state().label()).isEqualTo("đã trình");
        assertThat(p.late()).singleElement().satisfies(e -> {
            assertThat(e.entityType()).isEqualTo("outreachItem");
            assertThat(e.entityId()).isEqualTo(late);
            assertThat(e.recordDate()).isEqualTo(march.atDay(1));
            assertThat(e.username()).isEqualTo("vanphong");
        });
        assertThat(months.get(4).late()).isEmpty();
        assertThat(months.get(4).state()).isEqualTo(ReportCalendar.State.NONE);

        String html = page("giamdoc", "/calendar?year=" + year());
        assertThat(html).contains("Có 1 lần nhập, sửa hồ sơ thuộc kỳ tháng 3/" + year() + " sau ngày chốt 16/03/" + year())
                .contains("href=\"/audit?type=outreachItem&amp;id=" + late + "\"").contains("tin bài, chuyên mục, tài liệu số " + late);
    }

    @Test
    void everyoneSeesTheNextDeadlinesOnTheHomePage() throws Exception {
        LocalDate today = LocalDate.now();
        var next = calendar.next(today, 5);
        assertThat(next).hasSize(5).isSortedAccordingTo(java.util.Comparator.comparing(ReportCalendar.Period::deadline))
                .allSatisfy(p -> assertThat(p.deadline()).isAfterOrEqualTo(today));
        for (String who : List.of("xem", "qlkh", "giamdoc")) {
            assertThat(page(who, "/")).contains("Hạn gửi báo cáo sắp tới").contains(next.get(0).title())
                    .doesNotContain("Báo cáo tháng tháng").doesNotContain("Báo cáo quý quý").doesNotContain("Báo cáo năm năm")
                    .contains("hạn " + vn.gov.khcn.shared.Formats.date(next.get(0).deadline())).contains("href=\"/calendar\"");
        }
    }
}
