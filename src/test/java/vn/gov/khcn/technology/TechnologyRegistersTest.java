package vn.gov.khcn.technology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.khcn.documents.DocumentCommand;
import vn.gov.khcn.documents.DocumentType;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.shared.ConcurrentEditException;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.VersionRequiredException;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;
import vn.gov.khcn.testing.OneStored;

/**
 * Phòng QLCN&SHTT's registers on both databases: one record per identity when twenty clerks save the same one at
 * once, an initiative written with its round held, a change only from the version read, and the pages and API.
 */
class TechnologyRegistersTest {
    @Nested
    @OnH2
    class OnEmbeddedDatabase extends TechnologyRegistersContract {
    }

    @Nested
    @OnPostgres
    class OnPostgreSql extends TechnologyRegistersContract {
    }
}

abstract class TechnologyRegistersContract {
    static final java.util.concurrent.atomic.AtomicInteger MARK_YEARS = new java.util.concurrent.atomic.AtomicInteger(2064);
    static final LocalDate DAY = LocalDate.of(2024, 4, 9);
    @Autowired
    Appraisals appraisals;
    @Autowired
    IpSupportCases supportCases;
    @Autowired
    CollectiveMarks marks;
    @Autowired
    IpProposals proposals;
    @Autowired
    InnovationPlans plans;
    @Autowired
    InitiativeRounds rounds;
    @Autowired
    Documents documents;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    static String unique(String s) {
        return s + " " + UUID.randomUUID();
    }

    UserDetails qlcn() {
        return accounts.loadUserByUsername("qlcn");
    }

    long count(String tableAndWhere, Object p) {
        return jdbc.sql("select count(*) from " + tableAndWhere).param("p", p).query(Long.class).single();
    }

    /** The first round (year, number) of the twentieth century the register does not hold: no demo record uses those years. */
    int[] freeRound() {
        for (int year = 1900; year < 2000; year++) {
            for (int no = 1; no <= InitiativeRound.MOST; no++) {
                if (rounds.find(year, no).isEmpty()) {
                    return new int[] {year, no};
                }
            }
        }
        throw new IllegalStateException("no free round");
    }

    InitiativeRound round() {
        int[] r = freeRound();
        return rounds.record(RoundCommand.of(r[0], r[1], null, null, null, null));
    }

    @Test
    void twentyClerksEnteringTheSameOpinionAtOnceStoreOne() {
        String project = unique("Dự án nhà máy chế biến");
        OneStored.twentyAtOnce(qlcn(), () -> appraisals.record(AppraisalCommand.of(project, null, DAY, null, null)),
                () -> count("tech_appraisal where project_name = :p", project));
    }

    @Test
    void twentyClerksEnteringTheSameSupportCaseAtOnceStoreOne() {
        String who = unique("Hợp tác xã");
        OneStored.twentyAtOnce(qlcn(), () -> supportCases.record(IpSupportCaseCommand.of(who, IpObject.NHAN_HIEU, DAY, null)),
                () -> count("ip_support_case where advised_name = :p", who));
    }

    @Test
    void twentyClerksEnteringTheSameMarkAtOnceStoreOne() {
        String name = unique("Miến dong");
        OneStored.twentyAtOnce(qlcn(), () -> marks.record(CollectiveMarkCommand.of(name, MarkKind.COLLECTIVE_MARK, "Miến dong", null,
                MarkStatus.PREPARING)), () -> count("collective_mark where name = :p", name));
    }

    @Test
    void twentyClerksEnteringTheSameProposalAtOnceStoreOne() {
        String title = unique("Khai thác sáng chế");
        OneStored.twentyAtOnce(qlcn(), () -> proposals.record(IpProposalCommand.of(title, "Sở KH&CN", DAY, null)),
                () -> count("ip_proposal where title = :p", title));
    }

    @Test
    @WithUserDetails("qlcn")
    void twentyClerksEnteringTheSamePlanAtOnceStoreOne() {
        String title = unique("Kế hoạch khởi nghiệp");
        long doc = documents.findOrRegister(new DocumentCommand("91/KH-TKN", DocumentType.PLAN, DAY, "UBND tỉnh", null, null)).id();
        OneStored.twentyAtOnce(qlcn(), () -> plans.record(InnovationPlanCommand.of(title, DAY, doc)),
                () -> count("innovation_plan where title = :p", title));
    }

    @Test
    void twentyClerksEnteringTheSameRoundAtOnceStoreOne() {
        int[] r = freeRound();
        OneStored.twentyAtOnce(qlcn(), () -> rounds.record(RoundCommand.of(r[0], r[1], null, null, null, null)),
                () -> jdbc.sql("select count(*) from initiative_round where round_year = :y and round_no = :n").param("y", r[0])
                        .param("n", r[1]).query(Long.class).single());
    }

    @Test
    @WithUserDetails("qlcn")
    void twentyClerksAddingTheSameInitiativeToARoundAtOnceStoreOne() {
        InitiativeRound r = round();
        String title = unique("Sáng kiến số hóa hồ sơ");
        OneStored.twentyAtOnce(qlcn(), () -> rounds.recordInitiative(InitiativeCommand.of(r.id(), title, "Hoàng Thị Mai (demo)", null)),
                () -> count("initiative where title = :p", title));
    }

    @Test
    @WithUserDetails("qlcn")
    void anInitiativeMovesToAnotherRoundOnceAndEachRoundKnowsItsOwn() {
        InitiativeRound first = round();
        InitiativeRound second = round();
        Initiative i = rounds.recordInitiative(InitiativeCommand.of(first.id(), unique("Sáng kiến"), "Tác giả (demo)", null));
        assertThatThrownBy(() -> rounds.recordInitiative(InitiativeCommand.of(first.id(), i.title(), "Người khác", null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("đã có trong " + first.label());
        Initiative moved = rounds.correctInitiative(i.id(), new InitiativeCommand(second.id(), i.title(), i.authors(), null, i.version()));
        assertThat(moved.roundId()).isEqualTo(second.id());
        assertThat(rounds.initiatives(first.id())).extracting(Initiative::id).doesNotContain(i.id());
        assertThat(rounds.initiatives(second.id())).extracting(Initiative::id).contains(i.id());
        assertThatThrownBy(() -> rounds.correctInitiative(i.id(), new InitiativeCommand(first.id(), i.title(), i.authors(), null, null)))
                .isInstanceOf(VersionRequiredException.class);
    }

    @Autowired
    List<vn.gov.khcn.reporting.IndicatorProvider> providers;

    vn.gov.khcn.reporting.IndicatorValue figure(String code, vn.gov.khcn.reporting.DateRange p) {
        return providers.stream().flatMap(x -> x.indicators().stream()).filter(i -> i.code().equals(code)).findFirst().orElseThrow().compute(p);
    }

    @Test
    @WithUserDetails("qlcn")
    void marksBuiltAreCountedByTheDayTheirBuildingWasCompletedByKind() throws Exception {
        // a year no other test records marks in, and with no issued report of any test (those are 2070 and later)
        int y = MARK_YEARS.getAndIncrement();
        var year = new vn.gov.khcn.reporting.DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        String tea = unique("Chè Shan tuyết xây dựng");
        String chestnut = unique("Hạt dẻ xây dựng");
        {
            marks.record(CollectiveMarkCommand.built(tea, MarkKind.COLLECTIVE_MARK, "Chè", null, MarkStatus.PROTECTED, LocalDate.of(y, 4, 2)));
            marks.record(CollectiveMarkCommand.built(unique("Miến dong chứng nhận"), MarkKind.CERTIFICATION_MARK, "Miến", null, MarkStatus.PROTECTED,
                    LocalDate.of(y + 1, 1, 5)));
            marks.record(CollectiveMarkCommand.of(chestnut, MarkKind.GEOGRAPHICAL_INDICATION, "Hạt dẻ", null, MarkStatus.PREPARING));
        }
        var v = figure("ip.marksBuilt", year);
        assertThat(v.value()).as("undated, or built another year: not counted").isEqualTo(1);
        assertThat(v.by().get("kind")).isEqualTo(java.util.Map.of("COLLECTIVE_MARK", 1L));
        assertThat(v.names()).containsExactly(tea);
        assertThat(v.records()).singleElement().satisfies(r -> assertThat(r.detail()).isEqualTo("Nhãn hiệu tập thể — Chè — 02/04/" + y));

        // the page dates the geographical indication once built; its list shows the day
        var clerk = user(qlcn());
        CollectiveMark m = marks.findByName(chestnut).orElseThrow();
        mvc.perform(post("/technology/marks/" + m.id()).with(clerk).with(csrf()).param("name", chestnut).param("kind", "GEOGRAPHICAL_INDICATION")
                .param("product", "Hạt dẻ").param("status", "PROTECTED").param("builtOn", y + "-06-30").param("version", String.valueOf(m.version())))
                .andExpect(status().is3xxRedirection());
        assertThat(marks.get(m.id()).builtOn()).isEqualTo(LocalDate.of(y, 6, 30));
        var after = figure("ip.marksBuilt", year);
        assertThat(after.value()).isEqualTo(2);
        assertThat(after.by().get("kind")).isEqualTo(java.util.Map.of("COLLECTIVE_MARK", 1L, "GEOGRAPHICAL_INDICATION", 1L));
        // and through the API
        mvc.perform(post("/api/technology/marks").with(clerk).with(csrf()).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"" + unique("Quýt API") + "\", \"kind\": \"COLLECTIVE_MARK\", \"product\": \"Quýt\", \"status\": \"PROTECTED\", "
                                + "\"builtOn\": \"" + y + "-07-01\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.builtOn").value(y + "-07-01"));
        assertThat(figure("ip.marksBuilt", year).value()).isEqualTo(3);
        assertThat(jdbc.sql("select action from audit_log where entity_type = 'collectiveMark' and entity_id = :id order by id").param("id", m.id())
                .query(String.class).list()).containsExactly("CREATE", "UPDATE");
    }

    @Test
    @WithUserDetails("qlcn")
    void supportIsCountedByCaseAndByDistinctOrganisationWhateverTheSpellingOfItsName() {
        LocalDate day = LocalDate.of(2042, 3, 2);
        String name = unique("Hợp tác xã Chè Shan tuyết");
        supportCases.record(IpSupportCaseCommand.of(name, IpObject.NHAN_HIEU, day, null));
        supportCases.record(IpSupportCaseCommand.of(name.toLowerCase(java.util.Locale.ROOT), IpObject.NHAN_HIEU_TAP_THE, day.plusDays(1), null));
        supportCases.record(IpSupportCaseCommand.of(unique("Ông Nguyễn Văn Chè"), IpObject.SANG_CHE, day.plusDays(2), null));
        var p = new vn.gov.khcn.reporting.DateRange(day, day.plusDays(2));
        assertThat(figure("ip.supportCases", p).value()).isEqualTo(3);
        var orgs = figure("ip.supportOrganisations", p);
        assertThat(orgs.value()).isEqualTo(2);
        assertThat(orgs.names()).hasSize(2).first().isEqualTo(name);
        assertThat(orgs.records()).hasSize(2).allMatch(r -> r.type().equals("ipSupportCase") && r.href().equals("/technology/support-cases/" + r.id()));
        assertThat(figure("ip.supportOrganisations", new vn.gov.khcn.reporting.DateRange(day.plusDays(1), day.plusDays(1))).value()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("qlcn")
    void aStaleSaveIsRefusedAndChangesNothing() {
        IpSupportCase c = supportCases.record(IpSupportCaseCommand.of(unique("HTX Miến dong"), IpObject.NHAN_HIEU, DAY, null));
        assertThatThrownBy(() -> supportCases.correct(c.id(), IpSupportCaseCommand.of(c.advisedName(), c.ipObject(), c.advisedOn(), "X")))
                .isInstanceOf(VersionRequiredException.class);
        supportCases.correct(c.id(), new IpSupportCaseCommand(c.advisedName(), c.ipObject(), c.advisedOn(), "Đã nộp đơn", c.version(), null));
        assertThatThrownBy(() -> supportCases.correct(c.id(), new IpSupportCaseCommand(c.advisedName(), c.ipObject(), c.advisedOn(), "Khác",
                c.version(), null))).isInstanceOf(ConcurrentEditException.class);
        assertThat(supportCases.get(c.id()).outcome()).isEqualTo("Đã nộp đơn");
        assertThat(jdbc.sql("select action from audit_log where entity_type = 'ipSupportCase' and entity_id = :id order by id")
                .param("id", c.id()).query(String.class).list()).containsExactly("CREATE", "UPDATE");
    }

    @Test
    void theApiRefusesAnotherUnitWithAProblemDetail() throws Exception {
        mvc.perform(post("/api/technology/appraisals").with(httpBasic("trungtam", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"projectName\":\"Dự án API\",\"appraisedOn\":\"2022-01-05\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.title").value("Không có quyền"));
        mvc.perform(get("/api/technology/marks").param("kind", "GEOGRAPHICAL_INDICATION").with(httpBasic("xem", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].kind", Matchers.everyItem(Matchers.is("GEOGRAPHICAL_INDICATION"))));
    }

    @Test
    void theRegistersPagesListEnterAndCorrectRecordsThroughOneSavePath() throws Exception {
        var clerk = user(qlcn());
        long round = jdbc.sql("select id from initiative_round where round_year = 2021 and round_no = 1").query(Long.class).single();
        for (String url : List.of("/technology/appraisals?year=2021&q=nha may", "/technology/appraisals/new", "/technology/support-cases",
                "/technology/marks?kind=COLLECTIVE_MARK", "/technology/proposals?year=2021", "/technology/plans", "/technology/rounds?year=2021",
                "/technology/rounds/" + round, "/technology/initiatives/new?roundId=" + round)) {
            try {
                mvc.perform(get(url).with(clerk)).andExpect(status().isOk());
            } catch (AssertionError e) {
                throw new AssertionError("page " + url, e);
            }
        }
        String name = unique("Hạt dẻ Trùng Khánh");
        mvc.perform(post("/technology/marks").with(clerk).with(csrf()).param("name", name).param("kind", "COLLECTIVE_MARK")
                .param("product", "Hạt dẻ").param("status", "FILED")).andExpect(status().is3xxRedirection());
        CollectiveMark m = marks.findByName(name).orElseThrow();
        mvc.perform(post("/technology/marks/" + m.id()).with(clerk).with(csrf()).param("name", name).param("kind", "COLLECTIVE_MARK")
                .param("product", "Hạt dẻ").param("status", "PROTECTED").param("version", String.valueOf(m.version())))
                .andExpect(status().is3xxRedirection());
        assertThat(marks.get(m.id()).status()).isEqualTo(MarkStatus.PROTECTED);
        mvc.perform(post("/technology/rounds").with(clerk).with(csrf()).param("year", "2021").param("roundNo", "1"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Đợt 1 năm 2021 đã có.")));
    }
}
