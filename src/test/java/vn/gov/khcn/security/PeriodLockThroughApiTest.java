package vn.gov.khcn.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.khcn.identity.KhcnPrincipal;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.reporting.Report;
import vn.gov.khcn.reporting.Reports;
import vn.gov.khcn.testing.DatabaseInitializers;

/** Once the September 2021 report is issued, a direct API call cannot change a record in its period without a reason. */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = DatabaseInitializers.IsolatedH2.class)
// a database of its own: it issues a draft report of 2021 and counts that report's restatements, which the other
// isolated tests (issued-period writes) would otherwise have issued and restated first, depending on their order
@TestPropertySource(properties = "khcn.test.database=period-lock-through-api")
class PeriodLockThroughApiTest {
    @Autowired
    vn.gov.khcn.reporting.ReportSections reportSections;
    @Autowired
    MockMvc mvc;
    @Autowired
    Reports reports;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    private void as(String username) {
        KhcnPrincipal p = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(p, null, p.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void directApiCallCannotBypassAnIssuedPeriod() throws Exception {
        // the database of its own is shared with other tests of issued periods: whichever runs first issues it
        Report r = vn.gov.khcn.testing.IssuedSeptemberReport.issue(reports, reportSections, accounts);
        long figureBefore = jdbc.sql("select figure_value from report_figure where report_id = :r and period_name = 'ytd' and code = 'tasks.progressChecked'")
                .param("r", r.id()).query(Long.class).single();

        long task = jdbc.sql("""
                select t.id from task t where exists (select 1 from task_event e where e.task_id = t.id and e.kind = 'CONTRACTED')
                and not exists (select 1 from task_event e where e.task_id = t.id
                                and (e.kind in ('ACCEPTANCE_COUNCIL_FORMED', 'ACCEPTED', 'CERTIFIED', 'TERMINATED') or e.event_date > date '2021-09-01'))
                order by t.id limit 1""").query(Long.class).single();
        String event = "{\"kind\":\"PROGRESS_CHECKED\",\"date\":\"2021-09-01\",\"note\":\"Kiểm tra bổ sung\"";
        String refused = mvc.perform(post("/api/tasks/" + task + "/events").with(httpBasic("qlkh", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(event + "}"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("ban hành");
        assertThat(jdbc.sql("select count(*) from task_event where task_id = :t and event_date = date '2021-09-01' and kind = 'PROGRESS_CHECKED'")
                .param("t", task).query(Long.class).single()).isZero();

        mvc.perform(post("/api/tasks/" + task + "/events").with(httpBasic("qlkh", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(event + ",\"reason\":\"Bổ sung biên bản kiểm tra nhận muộn\"}"))
                .andExpect(status().is2xxSuccessful());
        assertThat(jdbc.sql("select count(*) from report_restatement where report_id = :r and reason like 'Bổ sung%'")
                .param("r", r.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select figure_value from report_figure where report_id = :r and period_name = 'ytd' and code = 'tasks.progressChecked'")
                .param("r", r.id()).query(Long.class).single()).isEqualTo(figureBefore);
        // the note is listed on the report's page, beside its frozen text, which does not change
        String page = mvc.perform(get("/reports/" + r.id()).with(httpBasic("vanphong", "demo")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Bổ sung biên bản kiểm tra nhận muộn");
        String preview = mvc.perform(get("/reports/" + r.id() + "/preview").with(httpBasic("vanphong", "demo")))
                .andReturn().getResponse().getContentAsString();
        assertThat(preview).doesNotContain("Bổ sung biên bản kiểm tra nhận muộn");
    }
}
