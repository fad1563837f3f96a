package vn.gov.khcn.drafting;

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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.reporting.DateRange;
import vn.gov.khcn.reporting.IndicatorValue;
import vn.gov.khcn.shared.ConcurrentEditException;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.VersionRequiredException;
import vn.gov.khcn.testing.Concurrently;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;
import vn.gov.khcn.testing.OneStored;

/**
 * The register of legal-document drafts: one draft per title and body, stages only forward from the version read,
 * kept by the leading unit, every change audited; its pages and API.
 */
class DraftRegisterTest {
    @Nested
    @OnH2
    class OnEmbeddedDatabase extends DraftRegisterContract {
    }

    @Nested
    @OnPostgres
    class OnPostgreSql extends DraftRegisterContract {
    }
}

abstract class DraftRegisterContract {
    @Autowired
    Drafts drafts;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    vn.gov.khcn.reporting.IndicatorCatalogue catalogue;

    private static String unique(String s) {
        return s + " " + UUID.randomUUID();
    }

    @Test
    void twentyClerksOpeningTheSameDraftAtOnceOpenItOnce() {
        String title = unique("Dự thảo Quyết định quy định về sáng kiến");
        List<Concurrently.Outcome<Draft>> outcomes = Concurrently.run(20, accounts.loadUserByUsername("qlkh"),
                n -> drafts.record(DraftCommand.of(title, DraftBody.PEOPLE_COMMITTEE, true, Unit.SCIENCE, LocalDate.of(2022, 6, 1))));
        OneStored.theRestRefused(outcomes, DomainException.class, "Đã có dự thảo");
        assertThat(jdbc.sql("select count(*) from draft where title = :t").param("t", title).query(Long.class).single()).isOne();
    }

    @Test
    void twentyClerksMovingADraftFromTheSameVersionAtOnceMoveItOnce() {
        var clerk = accounts.loadUserByUsername("qlkh");
        Draft d = Concurrently.run(1, clerk, n -> drafts.record(DraftCommand.of(unique("Dự thảo Nghị quyết"), DraftBody.PEOPLE_COUNCIL,
                true, Unit.SCIENCE, LocalDate.of(2022, 7, 1)))).get(0).result();
        List<Concurrently.Outcome<Draft>> outcomes = Concurrently.run(20, clerk,
                n -> drafts.advance(d.id(), StageCommand.of(DraftStage.CONSULTING, LocalDate.of(2022, 7, 10 + n % 5), null, null, d.version())));
        OneStored.theRestRefused(outcomes, ConcurrentEditException.class, "");
        assertThat(drafts.stages(d.id())).extracting(DraftStageEntry::stage).containsExactly(DraftStage.DRAFTING, DraftStage.CONSULTING);
    }

    @Test
    @WithUserDetails("qlkh")
    void theLegalNormativeDraftsInProgressAndTheirPartsByBodyCountTheSameDrafts() {
        // an individual decision of the People's Committee is a draft in progress but not a VBQPPL; drafts of before are
        // in progress too (begun, not issued), so the three are counted by what they add
        DateRange month = new DateRange(LocalDate.of(2093, 2, 1), LocalDate.of(2093, 2, 28));
        var inProgress = catalogue.find("drafting.inProgress").orElseThrow();
        var normativeInProgress = catalogue.find("drafting.normativeInProgress").orElseThrow();
        IndicatorValue allBefore = inProgress.compute(month);
        IndicatorValue before = normativeInProgress.compute(month);
        LocalDate begun = LocalDate.of(2093, 2, 10);
        drafts.record(DraftCommand.of(unique("Dự thảo Nghị quyết quy định mức chi"), DraftBody.PEOPLE_COUNCIL, true, Unit.SCIENCE, begun));
        drafts.record(DraftCommand.of(unique("Dự thảo Quyết định ban hành quy chế"), DraftBody.PEOPLE_COMMITTEE, true, Unit.SCIENCE, begun));
        drafts.record(DraftCommand.of(unique("Dự thảo Quyết định thành lập hội đồng"), DraftBody.PEOPLE_COMMITTEE, false, Unit.SCIENCE, begun));
        IndicatorValue all = inProgress.compute(month);
        IndicatorValue normative = normativeInProgress.compute(month);
        assertThat(all.value() - allBefore.value()).isEqualTo(3);
        assertThat(all.part("body", "PEOPLE_COMMITTEE") - allBefore.part("body", "PEOPLE_COMMITTEE")).isEqualTo(2);
        assertThat(normative.value() - before.value()).isEqualTo(2);
        assertThat(normative.value()).isEqualTo(all.part("normative", "true"));
        assertThat(normative.part("body", "PEOPLE_COUNCIL") + normative.part("body", "PEOPLE_COMMITTEE")).isEqualTo(normative.value());
        assertThat(normative.part("body", "PEOPLE_COMMITTEE") - before.part("body", "PEOPLE_COMMITTEE")).isEqualTo(1);
        assertThat(normative.records()).noneMatch(r -> r.label().contains("thành lập hội đồng"));
    }

    @Test
    @WithUserDetails("qlkh")
    void draftStagesMoveOnlyForwardAndEveryChangeIsAudited() {
        Draft d = drafts.record(DraftCommand.of(unique("Dự thảo Quyết định thử"), DraftBody.PEOPLE_COMMITTEE, true, Unit.SCIENCE,
                LocalDate.of(2022, 1, 10)));
        Draft submitted = drafts.advance(d.id(), StageCommand.of(DraftStage.SUBMITTED, LocalDate.of(2022, 2, 10), null, null, d.version()));
        assertThatThrownBy(() -> drafts.advance(d.id(), StageCommand.of(DraftStage.CONSULTING, LocalDate.of(2022, 2, 20), null, null,
                submitted.version()))).isInstanceOf(DomainException.class).hasMessageContaining("không thể chuyển");
        assertThatThrownBy(() -> drafts.advance(d.id(), StageCommand.of(DraftStage.ISSUED, LocalDate.of(2022, 2, 1), null, null,
                submitted.version()))).isInstanceOf(DomainException.class).hasMessageContaining("trước giai đoạn trước");
        assertThatThrownBy(() -> drafts.advance(d.id(), new StageCommand(DraftStage.ISSUED, LocalDate.of(2022, 3, 1), null, null, null, null)))
                .isInstanceOf(VersionRequiredException.class);
        Draft issued = drafts.advance(d.id(), StageCommand.of(DraftStage.ISSUED, LocalDate.of(2022, 3, 1), null, null, submitted.version()));
        assertThat(issued.issuedOn()).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(jdbc.sql("select action from audit_log where entity_type = 'draft' and entity_id = :id order by id").param("id", d.id())
                .query(String.class).list()).containsExactly("CREATE", "STAGE_SUBMITTED", "STAGE_ISSUED");
    }

    @Test
    @WithUserDetails("qlcn")
    void technologyStaffCannotMoveTheScienceUnitsDraft() {
        Draft science = drafts.search(new DraftQuery("Nghị quyết của HĐND tỉnh quy định chính sách", null, null), 0, 5).items().get(0);
        assertThat(science.unit()).isEqualTo(Unit.SCIENCE);
        assertThatThrownBy(() -> drafts.advance(science.id(), StageCommand.of(DraftStage.SUBMITTED, LocalDate.of(2021, 9, 20), null, null,
                science.version()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theListFiltersByTitleBodyAndStage() {
        assertThat(drafts.search(new DraftQuery("nhiem vu khoa hoc va cong nghe cap tinh", DraftBody.PEOPLE_COMMITTEE, DraftStage.ISSUED), 0, 20)
                .total()).isEqualTo(1);
    }

    @Test
    void theApiAndTheFormNameTheMissingTitle() throws Exception {
        mvc.perform(post("/api/drafts").with(httpBasic("qlkh", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"PEOPLE_COUNCIL\",\"begunOn\":\"2022-01-05\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("title"))
                .andExpect(jsonPath("$.detail").value("Cần nhập tên dự thảo."));
        mvc.perform(post("/drafts").with(user(accounts.loadUserByUsername("qlkh"))).with(csrf())
                        .param("title", "").param("body", "PEOPLE_COUNCIL").param("unit", "SCIENCE").param("begunOn", "2022-05-01"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Cần nhập tên dự thảo.")));
    }

    @Test
    void theListTheRecordAndTheStageFormRender() throws Exception {
        long draft = jdbc.sql("select min(id) from draft").query(Long.class).single();
        for (String url : List.of("/drafts", "/drafts/" + draft, "/drafts/" + draft + "/stage")) {
            mvc.perform(get(url).with(user("giamdoc").roles("DIRECTOR"))).andExpect(status().isOk());
        }
    }
}
