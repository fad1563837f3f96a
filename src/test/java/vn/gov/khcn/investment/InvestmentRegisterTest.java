package vn.gov.khcn.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.VersionRequiredException;
import vn.gov.khcn.testing.Concurrently;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;
import vn.gov.khcn.testing.OneStored;

/**
 * Public investment projects and their disbursements: the total disbursed never exceeds the total investment, also
 * when twenty clerks disburse (or one cuts the total) at once; one record per identity; versions required.
 */
class InvestmentRegisterTest {
    @Nested
    @OnH2
    class OnEmbeddedDatabase extends InvestmentRegisterContract {
    }

    @Nested
    @OnPostgres
    class OnPostgreSql extends InvestmentRegisterContract {
    }
}

abstract class InvestmentRegisterContract {
    /** A project start no report period of the demo (nor any test's issued report) reaches. */
    static final LocalDate START = LocalDate.of(2031, 1, 1);
    @Autowired
    InvestmentProjects projects;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    private static String unique(String s) {
        return s + " " + UUID.randomUUID();
    }

    private UserDetails office() {
        return accounts.loadUserByUsername("vanphong");
    }

    private long project(long total) {
        return projects.record(ProjectCommand.of(unique("Dự án nâng cấp phòng thử nghiệm"), total, START, null, null, Unit.OFFICE)).id();
    }

    @Test
    @WithUserDetails("vanphong")
    void theOfficeDisbursesUpToTheTotalInvestmentAndNoFurther() {
        long p = project(1_000_000_000L);
        InvestmentProject after = projects.disburse(p, new DisbursementCommand(START.plusMonths(1), 600_000_000L, "Kế hoạch vốn, đợt 1"));
        assertThat(after.disbursed()).isEqualTo(600_000_000L);
        assertThatThrownBy(() -> projects.disburse(p, new DisbursementCommand(START.plusMonths(2), 500_000_000L, null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("vượt tổng mức đầu tư");
        assertThatThrownBy(() -> projects.disburse(p, new DisbursementCommand(START.minusDays(1), 1L, null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("trước ngày khởi công");
        assertThat(projects.disbursements(p)).singleElement().satisfies(d -> assertThat(d.note()).isEqualTo("Kế hoạch vốn, đợt 1"));
        long id = projects.disbursements(p).get(0).id();
        assertThat(jdbc.sql("select action from audit_log where entity_type = 'investmentDisbursement' and entity_id = :id").param("id", id)
                .query(String.class).list()).containsExactly("DISBURSE");
        InvestmentProject now = projects.get(p);
        assertThatThrownBy(() -> projects.correct(p, new ProjectCommand(now.name(), 599_999_999L, START, null, null, Unit.OFFICE, now.version(), null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("nhỏ hơn số đã giải ngân");
    }

    @Test
    void twentyDisbursementsAtOnceNeverExceedTheTotalInvestment() {
        long p = Concurrently.run(1, office(), n -> project(1_000)).get(0).result();
        List<Concurrently.Outcome<InvestmentProject>> outcomes = Concurrently.run(20, office(),
                n -> projects.disburse(p, new DisbursementCommand(START.plusDays(n), 100L, null)));
        assertThat(outcomes).filteredOn(Concurrently.Outcome::ok).hasSize(10);
        assertThat(outcomes).filteredOn(o -> !o.ok()).hasSize(10)
                .allSatisfy(o -> assertThat(o.error()).isInstanceOf(DomainException.class).hasMessageContaining("vượt tổng mức đầu tư"));
        assertThat(projects.get(p).disbursed()).isEqualTo(1_000);
    }

    @Test
    void disbursementsWhileTheTotalIsCutNeverExceedIt() {
        long p = Concurrently.run(1, office(), n -> project(2_000)).get(0).result();
        InvestmentProject before = projects.get(p);
        List<Concurrently.Outcome<InvestmentProject>> outcomes = Concurrently.run(20, office(), n -> n == 0
                ? projects.correct(p, new ProjectCommand(before.name(), 1_000L, START, null, null, Unit.OFFICE, before.version(), null))
                : projects.disburse(p, new DisbursementCommand(START.plusDays(n), 100L, null)));
        assertThat(outcomes).filteredOn(o -> !o.ok()).allSatisfy(o -> assertThat(o.error()).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("vượt tổng mức đầu tư", "nhỏ hơn số đã giải ngân")));
        InvestmentProject after = projects.get(p);
        assertThat(after.disbursed()).isLessThanOrEqualTo(after.totalInvestment());
        assertThat(after.totalInvestment()).isEqualTo(outcomes.get(0).ok() ? 1_000 : 2_000);
    }

    @Test
    void theSameProjectOrDisbursementSavedByTwentyClerksAtOnceIsStoredOnce() {
        String name = unique("Dự án phòng nuôi cấy mô");
        OneStored.theRestToldItIsThere(Concurrently.run(20, office(), n -> projects.record(ProjectCommand.of(name, 1_000_000L, START, null, null, Unit.OFFICE))));
        long p = projects.findByName(name).orElseThrow().id();
        OneStored.theRestToldItIsThere(Concurrently.run(20, office(), n -> projects.disburse(p, new DisbursementCommand(START, 1_000L, null))));
        assertThat(jdbc.sql("select count(*) from investment_project where name = :n").param("n", name).query(Long.class).single()).isOne();
        assertThat(projects.disbursements(p)).hasSize(1);
    }

    @Test
    @WithUserDetails("vanphong")
    void aCorrectionNeedsTheVersionItWasMadeFromAndANewProjectItsUnit() {
        long p = project(1_000L);
        InvestmentProject now = projects.get(p);
        assertThatThrownBy(() -> projects.correct(p, new ProjectCommand(now.name(), 2_000L, START, null, null, Unit.OFFICE, null, null)))
                .isInstanceOf(VersionRequiredException.class);
        assertThat(projects.correct(p, new ProjectCommand(now.name(), 2_000L, START, null, "Đang lập hồ sơ", Unit.OFFICE, now.version(), null))
                .totalInvestment()).isEqualTo(2_000L);
        assertThatThrownBy(() -> projects.record(ProjectCommand.of(unique("Dự án"), 1_000L, START, null, null, null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("đơn vị theo dõi");
    }

    @Test
    @WithUserDetails("qlcn")
    void anotherUnitCannotRecordOrDisburseTheOfficesProjects() {
        assertThatThrownBy(() -> projects.record(ProjectCommand.of(unique("Dự án"), 1_000L, START, null, null, Unit.OFFICE)))
                .isInstanceOf(AccessDeniedException.class);
        long demo = jdbc.sql("select min(id) from investment_project").query(Long.class).single();
        assertThatThrownBy(() -> projects.disburse(demo, new DisbursementCommand(START, 1L, null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theApiNamesTheVersionAsAnETagAndRefusesAChangeWithoutIt() throws Exception {
        long p = Concurrently.run(1, office(), n -> project(5_000L)).get(0).result();
        InvestmentProject now = projects.get(p);
        mvc.perform(get("/api/investment/" + p).with(httpBasic("vanphong", "demo")))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"" + now.version() + "\""))
                .andExpect(jsonPath("$.project.totalInvestment").value(5_000));
        String body = "{\"name\":\"" + now.name() + "\",\"totalInvestment\":6000,\"startOn\":\"2031-01-01\",\"unit\":\"OFFICE\"}";
        mvc.perform(put("/api/investment/" + p).with(httpBasic("vanphong", "demo")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put("/api/investment/" + p).with(httpBasic("vanphong", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", "\"" + now.version() + "\"").content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalInvestment").value(6_000));
        mvc.perform(post("/api/investment/" + p + "/disbursements").with(httpBasic("vanphong", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"paidOn\":\"2031-02-01\",\"amount\":6001}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("amount"));
    }

    @Test
    @WithUserDetails("vanphong")
    void theDisbursementFormSavesThroughTheRegisterAndShowsARefusal() throws Exception {
        long p = project(1_000L);
        var clerk = user(office());
        mvc.perform(post("/investment/" + p + "/disburse").with(clerk).with(csrf()).param("paidOn", "2031-03-01").param("amount", "700"))
                .andExpect(redirectedUrl("/investment/" + p));
        mvc.perform(post("/investment/" + p + "/disburse").with(clerk).with(csrf()).param("paidOn", "2031-04-01").param("amount", "301"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("vượt tổng mức đầu tư")));
        assertThat(projects.get(p).disbursed()).isEqualTo(700);
    }

    @Test
    void investmentPagesRender() throws Exception {
        long p = jdbc.sql("select min(id) from investment_project").query(Long.class).single();
        for (String url : List.of("/investment", "/investment?q=trung%20tam&active=true", "/investment/new", "/investment/" + p,
                "/investment/" + p + "/disburse")) {
            mvc.perform(get(java.net.URI.create(url)).with(user("giamdoc").roles("DIRECTOR"))).andExpect(status().isOk());
        }
    }
}
