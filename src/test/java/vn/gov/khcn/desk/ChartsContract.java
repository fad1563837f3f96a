package vn.gov.khcn.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
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
import vn.gov.khcn.outreach.Channel;
import vn.gov.khcn.outreach.Outreach;
import vn.gov.khcn.outreach.OutreachCommand;
import vn.gov.khcn.reporting.MonthlyFigures;
import vn.gov.khcn.reporting.ReportKind;
import vn.gov.khcn.reporting.Reports;

/**
 * The charts of the home and report pages: each month's figure of the year against the previous year as the registers
 * hold it, the numbers in a table and a CSV file, no script. News posts are added in {@link #year()} and the year
 * before (no demo data there; one pair of years per database).
 */
abstract class ChartsContract {
    @Autowired
    WebApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    Outreach outreach;
    @Autowired
    MonthlyFigures figures;
    @Autowired
    Reports reports;
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

    void post(int year, int month, int day, int n) {
        for (int i = 0; i < n; i++) {
            int k = i;
            as("vanphong", () -> outreach.record(OutreachCommand.of(Channel.NEWS_POST, "Tin biểu đồ " + year + "-" + month + "-" + day + "-" + k,
                    YearMonth.of(year, month).atDay(day), "khcn.example.gov.vn", null, null, null)));
        }
    }

    @Test
    void eachMonthCountsTheRecordsOfItsPeriodAgainstThePreviousYear() throws Exception {
        int y = year();
        // the demo's cut-off is 16: 20 February counts in March, 10 February in February
        post(y, 2, 10, 1);
        post(y, 2, 20, 1);
        post(y - 1, 2, 10, 1);
        MonthlyFigures.Chart c = figures.chart(MonthlyFigures.figure("outreach").orElseThrow(), y, 12).orElseThrow();
        assertThat(figures.chart(MonthlyFigures.figure("outreach").orElseThrow(), y, 12)).as("kept while no record changes").containsSame(c);
        assertThat(c.months().get(1)).isEqualTo(new MonthlyFigures.Month(2, 1L, 1));
        // a chart is kept only while nothing changes: the next post is counted at once
        post(y, 2, 11, 1);
        c = figures.chart(MonthlyFigures.figure("outreach").orElseThrow(), y, 12).orElseThrow();
        assertThat(c.months().get(1)).isEqualTo(new MonthlyFigures.Month(2, 2L, 1));
        assertThat(c.months().get(2)).isEqualTo(new MonthlyFigures.Month(3, 1L, 0));
        assertThat(c.total()).isEqualTo(3);
        assertThat(c.previousTotal()).isEqualTo(1);
        // through February: March has no bar yet
        MonthlyFigures.Chart feb = figures.chart(MonthlyFigures.figure("outreach").orElseThrow(), y, 2).orElseThrow();
        assertThat(feb.months().get(2).value()).isNull();
        assertThat(feb.svg()).startsWith("<svg").contains("<title>Năm " + y + ", T2: 2</title>").doesNotContain("Năm " + y + ", T3:");

        String home = page("xem", "/?year=" + y);
        assertThat(home).contains("Số liệu chính theo tháng năm " + y + " so với năm " + (y - 1))
                .contains("id=\"chart-outreach\"").contains("<svg").contains("<summary>Bảng số liệu</summary>")
                .contains("href=\"/charts/outreach?year=" + y + "&amp;through=12&amp;export=csv\"")
                .doesNotContain("<script>").doesNotContain("onclick");
        assertThat(home.replaceAll("\\s+", " ")).contains("<th scope=\"row\">Tháng 2</th> <td class=\"num\">2</td><td class=\"num\">1</td>");
        String csv = mvc.perform(get("/charts/outreach?year=" + y + "&through=12&export=csv").with(user(users.loadUserByUsername("xem"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Tháng 2,2,1").contains("Tháng 3,1,0").contains("Tháng 12,0,0");
        mvc.perform(get("/charts/unknown?year=" + y).with(user(users.loadUserByUsername("xem")))).andExpect(status().isNotFound());
    }

    @Test
    void theReportPageChartsItsYearThroughItsMonth() throws Exception {
        var demo = reports.search(2021, ReportKind.NINE_MONTHS, null).get(0);
        String html = page("vanphong", "/reports/" + demo.id());
        assertThat(html).contains("Số liệu chính theo tháng năm 2021 so với năm 2020").contains("Tháng 1 đến tháng 9: năm 2021")
                .contains("href=\"/charts/verifications?year=2021&amp;through=9&amp;export=csv\"");
        var c = figures.chart(MonthlyFigures.figure("verifications").orElseThrow(), 2021, 9).orElseThrow();
        assertThat(c.months().subList(9, 12)).allSatisfy(m -> assertThat(m.value()).isNull());
        assertThat(c.total()).isPositive();
    }
}
