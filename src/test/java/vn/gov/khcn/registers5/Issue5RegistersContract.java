package vn.gov.khcn.registers5;

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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.khcn.documents.DocumentCommand;
import vn.gov.khcn.documents.DocumentType;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.drafting.Draft;
import vn.gov.khcn.drafting.DraftBody;
import vn.gov.khcn.drafting.DraftCommand;
import vn.gov.khcn.drafting.DraftStage;
import vn.gov.khcn.drafting.Drafts;
import vn.gov.khcn.drafting.StageCommand;
import vn.gov.khcn.programme.ItemCommand;
import vn.gov.khcn.programme.ItemStatus;
import vn.gov.khcn.programme.ProgrammeCommand;
import vn.gov.khcn.programme.ProgrammeItem;
import vn.gov.khcn.programme.WorkProgrammes;
import vn.gov.khcn.shared.ConcurrentEditException;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.technology.AppraisalCommand;
import vn.gov.khcn.technology.IpObject;
import vn.gov.khcn.technology.IpSupportCase;
import vn.gov.khcn.technology.IpSupportCommand;
import vn.gov.khcn.technology.Technology;

/** The rules of the issue-5 registers: stock, overdue items, access by unit, API errors, audit. */
abstract class Issue5RegistersContract {
    @Autowired
    WorkProgrammes programmes;
    @Autowired
    Documents documents;
    @Autowired
    Drafts drafts;
    @Autowired
    Technology technology;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    private String unique(String s) {
        return s + " " + getClass().getSimpleName();
    }



    @Test
    @WithUserDetails("qlcn")
    void itemsPastTheirDeadlineAndNotDoneAreFlaggedOverdue() throws Exception {
        long doc = documents.register(new DocumentCommand("77/CTr-UBND", DocumentType.PROGRAMME, LocalDate.of(2020, 3, 2), "UBND tỉnh", null, null)).id();
        long prog = programmes.createProgramme(new ProgrammeCommand("2020-03", doc, null)).id();
        ProgrammeItem late = programmes.createItem(new ItemCommand(prog, unique("Báo cáo chậm hạn"), LocalDate.of(2020, 3, 20),
                ItemStatus.IN_PROGRESS, null, Unit.TECHNOLOGY, List.of(), null));
        programmes.createItem(new ItemCommand(prog, unique("Báo cáo đã xong"), LocalDate.of(2020, 3, 20), ItemStatus.DONE, "Đã hoàn thành", Unit.TECHNOLOGY, List.of(), null));
        programmes.createItem(new ItemCommand(prog, unique("Báo cáo còn hạn"), LocalDate.of(2099, 12, 31), ItemStatus.ASSIGNED, null, Unit.TECHNOLOGY, List.of(), null));

        var overdue = programmes.items("2020-03", null, true, 0, 50).items();
        assertThat(overdue).extracting(ProgrammeItem::id).containsExactly(late.id());
        assertThat(late.statusOn(LocalDate.of(2020, 3, 21))).isEqualTo(ItemStatus.OVERDUE);
        assertThat(late.statusOn(LocalDate.of(2020, 3, 20))).isEqualTo(ItemStatus.IN_PROGRESS);

        mvc.perform(get("/programme/items").param("month", "2020-03").with(user("qlcn").roles("UNIT_STAFF")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("badge bad")));
        mvc.perform(get("/api/programme/items").param("month", "2020-03").param("overdue", "true").with(httpBasic("qlcn", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].currentStatus").value("OVERDUE")).andExpect(jsonPath("$.items[0].overdue").value(true));
    }

    @Test
    @WithUserDetails("qlcn")
    void overdueCannotBeSetByHandAndADoneItemStaysDone() {
        long doc = documents.register(new DocumentCommand("78/CTr-UBND", DocumentType.PROGRAMME, LocalDate.of(2019, 11, 1), "UBND tỉnh", null, null)).id();
        long prog = programmes.createProgramme(new ProgrammeCommand("2019-11", doc, null)).id();
        ProgrammeItem i = programmes.createItem(new ItemCommand(prog, unique("Nhiệm vụ thử trạng thái"), LocalDate.of(2019, 11, 30),
                ItemStatus.DONE, null, Unit.TECHNOLOGY, List.of(), null));
        assertThatThrownBy(() -> programmes.updateItem(i.id(), new ItemCommand(prog, i.title(), i.deadline(), ItemStatus.OVERDUE, null, Unit.TECHNOLOGY, List.of(), i.version())))
                .isInstanceOf(DomainException.class).hasMessageContaining("Quá hạn");
        assertThatThrownBy(() -> programmes.updateItem(i.id(), new ItemCommand(prog, i.title(), i.deadline(), ItemStatus.IN_PROGRESS, null, Unit.TECHNOLOGY, List.of(), i.version())))
                .isInstanceOf(DomainException.class).hasMessageContaining("Không thể chuyển");
    }

    @Test
    @WithUserDetails("trungtam")
    void centreStaffCannotEditTechnologyOrOutreachRecords() {
        assertThatThrownBy(() -> technology.createAppraisal(new AppraisalCommand(unique("Dự án X"), null, LocalDate.of(2022, 1, 5), null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("qlcn")
    void technologyStaffCannotEditCentreRecordsOrAnotherUnitsDraft() {
        Draft science = drafts.search("Nghị quyết của HĐND tỉnh quy định chính sách", null, null, 0, 5).items().get(0);
        assertThat(science.unit()).isEqualTo(Unit.SCIENCE);
        assertThatThrownBy(() -> drafts.advance(science.id(), new StageCommand(DraftStage.SUBMITTED, LocalDate.of(2021, 9, 20), null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }


    @Test
    void apiRefusesAnotherUnitWithAProblemDetail() throws Exception {
        mvc.perform(post("/api/technology/appraisals").with(httpBasic("trungtam", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"projectName\":\"Dự án API\",\"appraisedOn\":\"2022-01-05\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.title").value("Không có quyền"));
    }

    @Test
    void apiValidationErrorsAreProblemDetailsNamingTheField() throws Exception {
        mvc.perform(post("/api/drafts").with(httpBasic("qlkh", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"PEOPLE_COUNCIL\",\"begunOn\":\"2022-01-05\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("title"))
                .andExpect(jsonPath("$.detail").value("Cần nhập tên dự thảo."));
    }

    @Test
    @WithUserDetails("qlkh")
    void draftStagesMoveOnlyForwardAndEveryChangeIsAudited() {
        Draft d = drafts.create(new DraftCommand(unique("Dự thảo Quyết định thử"), DraftBody.PEOPLE_COMMITTEE, true, Unit.SCIENCE, LocalDate.of(2022, 1, 10), null));
        drafts.advance(d.id(), new StageCommand(DraftStage.SUBMITTED, LocalDate.of(2022, 2, 10), null, null));
        assertThatThrownBy(() -> drafts.advance(d.id(), new StageCommand(DraftStage.CONSULTING, LocalDate.of(2022, 2, 20), null, null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("không thể chuyển");
        assertThatThrownBy(() -> drafts.advance(d.id(), new StageCommand(DraftStage.ISSUED, LocalDate.of(2022, 2, 1), null, null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("trước giai đoạn trước");
        Draft issued = drafts.advance(d.id(), new StageCommand(DraftStage.ISSUED, LocalDate.of(2022, 3, 1), null, null));
        assertThat(issued.issuedOn()).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(jdbc.sql("select action from audit_log where entity_type = 'draft' and entity_id = :id order by id").param("id", d.id())
                .query(String.class).list()).containsExactly("CREATE", "STAGE_SUBMITTED", "STAGE_ISSUED");
    }


    @Test
    @WithUserDetails("qlcn")
    void aStaleSaveIsRefused() {
        IpSupportCase c = technology.createSupportCase(new IpSupportCommand(unique("HTX Miến dong"), IpObject.NHAN_HIEU, LocalDate.of(2022, 1, 4), null, null));
        technology.updateSupportCase(c.id(), new IpSupportCommand(c.advisedName(), c.ipObject(), c.advisedOn(), "Đã nộp đơn", c.version()));
        assertThatThrownBy(() -> technology.updateSupportCase(c.id(), new IpSupportCommand(c.advisedName(), c.ipObject(), c.advisedOn(), "Khác", c.version())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(technology.supportCase(c.id()).outcome()).isEqualTo("Đã nộp đơn");
    }

    @Test
    @WithUserDetails("vanphong")
    void formsBindToCommandsAndRedirectToTheSavedRecord() throws Exception {
        long cv1155 = jdbc.sql("select id from document where number_symbol = '1155/SKH&CN-QL&CN&SHTT'").query(Long.class).single();
        long bc1118 = jdbc.sql("select id from document where number_symbol = '1118/SKH&CN-QL&CN&SHTT'").query(Long.class).single();
        long doc = documents.register(new DocumentCommand("79/CTr-UBND", DocumentType.PROGRAMME, LocalDate.of(2018, 5, 2), "UBND tỉnh", null, null)).id();
        long prog = programmes.createProgramme(new ProgrammeCommand("2018-05", doc, null)).id();
        String title = unique("Nhiệm vụ nhập qua biểu mẫu");
        mvc.perform(post("/programme/items").with(user(userDetails("qlcn"))).with(csrf())
                        .param("programmeId", String.valueOf(prog)).param("title", title).param("deadline", "2018-05-31")
                        .param("status", "IN_PROGRESS").param("unit", "TECHNOLOGY").param("documentIds", cv1155 + "," + bc1118))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from programme_item where title = :t").param("t", title).query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from programme_item_document where item_id = :i").param("i", id).query(Long.class).single()).isEqualTo(2);

        mvc.perform(post("/drafts").with(user(userDetails("qlkh"))).with(csrf())
                        .param("title", "").param("body", "PEOPLE_COUNCIL").param("unit", "SCIENCE").param("begunOn", "2022-05-01"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Cần nhập tên dự thảo.")));
    }

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    private org.springframework.security.core.userdetails.UserDetails userDetails(String name) {
        return users.loadUserByUsername(name);
    }

    @Test
    void listsFilterByYearTextAndDay() {
        assertThat(technology.appraisals(null, 2021, 0, 20).total()).isEqualTo(5);
        assertThat(technology.appraisals("nha may che bien", 2021, 0, 20).total()).isEqualTo(2);
        assertThat(technology.supportCases(null, 2020, 0, 20).total()).isZero();
        assertThat(programmes.items("2021-09", "chien luoc shtt", false, 0, 20).total()).isEqualTo(1);
        assertThat(drafts.search("nhiem vu khoa hoc va cong nghe cap tinh", DraftBody.PEOPLE_COMMITTEE, DraftStage.ISSUED, 0, 20).total()).isEqualTo(1);
    }

    @Test
    void listAndFormPagesRender() throws Exception {
        long round = jdbc.sql("select id from initiative_round where round_no = 1").query(Long.class).single();
        long draft = jdbc.sql("select min(id) from draft").query(Long.class).single();
        for (String url : List.of("/drafts", "/drafts/" + draft, "/drafts/" + draft + "/stage", "/programme", "/programme/items?month=2021-09",
                "/programme/items/new", "/technology/appraisals", "/technology/support-cases", "/technology/marks", "/technology/proposals",
                "/technology/plans", "/technology/rounds", "/technology/rounds/" + round)) {
            try {
                mvc.perform(get(url).with(user("giamdoc").roles("DIRECTOR"))).andExpect(status().isOk());
            } catch (Exception | AssertionError e) {
                throw new AssertionError("page " + url + " failed", e);
            }
        }
    }
}
