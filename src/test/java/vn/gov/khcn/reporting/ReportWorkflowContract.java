package vn.gov.khcn.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.gov.khcn.documents.Document;
import vn.gov.khcn.documents.DocumentCommand;
import vn.gov.khcn.documents.DocumentQuery;
import vn.gov.khcn.documents.DocumentType;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.records.PeriodLocks;
import vn.gov.khcn.reporting.internal.ReportStore;
import vn.gov.khcn.shared.ConcurrentEditException;
import vn.gov.khcn.shared.DomainException;

/**
 * The report workflow, issue and period locks on both databases. Reports are made for the years 2091+
 * (the shared test database holds the 2021 demo data, whose periods must stay unlocked for other tests),
 * with a small quarterly template over the test indicators, put back after each test.
 */
@Import(TestIndicators.class)
abstract class ReportWorkflowContract {
    static final String SMALL = """
            @subject Báo cáo thử quý {$quarter} năm {$year}
            # I. THÁNG {$month}
            @period month
            @tie sự kiện = test.events
            Có **{test.events}** sự kiện^{cite:test.events}; [[narrative:assessment]]
            # II. LŨY KẾ
            @period ytd
            Lũy kế {test.events} sự kiện. [[narrative:models|SCIENCE]]
            [[planned]]
            """;
    @Autowired
    Reports reports;
    @Autowired
    ReportTexts texts;
    @Autowired
    ReportSections sections;
    @Autowired
    ReportEngine engine;
    @Autowired
    ReportTemplates templates;
    @Autowired
    ReportSettings settings;
    @Autowired
    PeriodLocks locks;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Documents documents;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;
    private String originalTemplate;

    @BeforeEach
    void smallTemplate() {
        as("vanphong", () -> {
            var t = templates.get(ReportKind.QUARTER);
            originalTemplate = t.source();
            return templates.update(ReportKind.QUARTER, SMALL, t.version());
        });
        TestIndicators.EVENTS.clear();
        TestIndicators.broken = false;
    }

    @AfterEach
    void restoreTemplate() {
        as("vanphong", () -> templates.update(ReportKind.QUARTER, originalTemplate, templates.get(ReportKind.QUARTER).version()));
        TestIndicators.broken = false;
    }

    <T> T as(String username, Supplier<T> action) {
        UserDetails u = users.loadUserByUsername(username);
        var before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    Report draft(int year, int month) {
        return as("vanphong", () -> {
            Report r = reports.create(ReportKind.QUARTER, YearMonth.of(year, month), LocalDate.of(year, month, 20));
            texts.saveNarrative(r.id(), "assessment", "Nhìn chung, tốt.");
            texts.saveNarrative(r.id(), "models", "Mô hình chè.");
            texts.savePlanned(r.id(), List.of("Tiếp tục {test.events@ytd} việc.", "Hoàn thành kế hoạch."));
            // each unit marks its section done: the office "assessment", the science unit "models"
            return vn.gov.khcn.testing.SectionsDone.markAll(reports, sections, users, r.id());
        });
    }

    Report issue(Report r) {
        Report s = as("vanphong", () -> reports.submit(r.id(), r.version()));
        Report a = as("giamdoc", () -> reports.approve(s.id(), s.version()));
        return as("vanphong", () -> reports.issue(a.id(), a.version()));
    }

    @Test
    void onlyTheRightRoleMovesEachStep() {
        Report r = draft(2091, 3);
        assertThatThrownBy(() -> as("qlkh", () -> reports.submit(r.id(), r.version()))).isInstanceOf(AccessDeniedException.class);
        Report s = as("vanphong", () -> reports.submit(r.id(), r.version()));
        assertThat(s.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThatThrownBy(() -> as("vanphong", () -> reports.approve(s.id(), s.version()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("giamdoc", () -> reports.issue(s.id(), s.version()))).isInstanceOf(DomainException.class)
                .hasMessageContaining("không chuyển sang");
        Report a = as("giamdoc", () -> reports.approve(s.id(), s.version()));
        assertThatThrownBy(() -> as("giamdoc", () -> reports.issue(a.id(), a.version()))).isInstanceOf(AccessDeniedException.class);
        Report i = as("admin", () -> reports.issue(a.id(), a.version()));
        assertThat(i.status()).isEqualTo(ReportStatus.ISSUED);
        assertThat(jdbc.sql("select action from audit_log where entity_type = 'report' and entity_id = :id order by id").param("id", r.id())
                .query(String.class).list()).containsSubsequence("CREATE", "SUBMIT", "APPROVE", "ISSUE");
    }

    @Test
    void unitStaffWriteOnlyTheirUnitsNarratives() {
        Report r = draft(2092, 3);
        as("qlkh", () -> {
            texts.saveNarrative(r.id(), "models", "Mô hình nếp Hương.");
            return null;
        });
        assertThat(texts.narratives(r.id()).get("models").body()).isEqualTo("Mô hình nếp Hương.");
        assertThatThrownBy(() -> as("qlkh", () -> {
            texts.saveNarrative(r.id(), "assessment", "x");
            return null;
        })).isInstanceOf(AccessDeniedException.class).hasMessageContaining("Văn phòng Sở");
    }

    @Test
    void aReportWithANarrativeUnwrittenAndATypedFigureContradictingItsIndicatorIsNeitherSubmittedNorIssued() throws Exception {
        int y = 2079;
        TestIndicators.EVENTS.addAll(List.of(LocalDate.of(y, 3, 1), LocalDate.of(y, 3, 2), LocalDate.of(y, 3, 3), LocalDate.of(y, 3, 4)));
        Report r = draft(y, 3);
        as("vanphong", () -> {
            texts.saveNarrative(r.id(), "assessment", "Đã tổ chức 05 sự kiện trong tháng.");
            texts.saveNarrative(r.id(), "models", "");
            return null;
        });
        assertThatThrownBy(() -> as("vanphong", () -> reports.submit(r.id(), r.version()))).isInstanceOf(DomainException.class)
                .hasMessageContaining("Chưa trình được: báo cáo còn 2 chỗ thiếu hoặc chưa khớp.")
                .hasMessageContaining("Mục \"I. THÁNG 3\": Văn phòng Sở ghi \"05 sự kiện\" trong câu «Đã tổ chức 05 sự kiện trong tháng.», "
                        + "nhưng số liệu tính từ hồ sơ là 04 (test.events).")
                .hasMessageContaining("Mục \"II. LŨY KẾ\": Phòng Quản lý khoa học chưa viết phần của mình trong câu «Lũy kế 04 sự kiện. ___»");
        assertThat(reports.get(r.id()).status()).isEqualTo(ReportStatus.DRAFT);
        var office = user(users.loadUserByUsername("vanphong"));
        String page = mvc.perform(get("/reports/" + r.id()).with(office)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Nội dung còn thiếu hoặc chưa khớp số liệu").contains("<h3>II. LŨY KẾ</h3>")
                .contains("<strong>Phòng Quản lý khoa học</strong>").contains("href=\"#slot-models\"").contains("href=\"#slot-assessment\"")
                .contains("id=\"slot-models\"");
        mvc.perform(post("/reports/" + r.id() + "/status").with(office).with(csrf()).param("to", "SUBMITTED")
                        .param("version", String.valueOf(r.version())))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("error", containsString("chưa viết phần của mình")));

        as("vanphong", () -> {
            texts.saveNarrative(r.id(), "assessment", "Đã tổ chức 04 sự kiện trong tháng.");
            return null;
        });
        as("qlkh", () -> {
            texts.saveNarrative(r.id(), "models", "Mô hình chè.");
            return null;
        });
        assertThat(engine.view(reports.get(r.id())).findings()).isEmpty();
        // both texts changed after their units had marked them done: both reopened, to be marked again
        assertThat(reports.openSections(reports.get(r.id()))).extracting(OpenSection::slot).containsExactly("assessment", "models");
        vn.gov.khcn.testing.SectionsDone.markAll(reports, sections, users, r.id());
        Report s = as("vanphong", () -> reports.submit(r.id(), r.version()));
        Report a = as("giamdoc", () -> reports.approve(s.id(), s.version()));
        // a narrative emptied behind the application's back after approval still stops the issue
        jdbc.sql("update report_narrative set body = '' where report_id = :r and slot = 'models'").param("r", r.id()).update();
        assertThatThrownBy(() -> as("vanphong", () -> reports.issue(a.id(), a.version()))).isInstanceOf(DomainException.class)
                .hasMessageContaining("Chưa ban hành được").hasMessageContaining("Phòng Quản lý khoa học chưa viết");
        assertThat(reports.get(r.id()).number()).isNull();
        jdbc.sql("update report_narrative set body = 'Mô hình chè.' where report_id = :r and slot = 'models'").param("r", r.id()).update();
        assertThat(as("vanphong", () -> reports.issue(a.id(), a.version())).status()).isEqualTo(ReportStatus.ISSUED);
    }

    @Test
    void aSectionNotMarkedDoneAndATypedFigureTheIndicatorContradictsAreBothNamedAtSubmissionThenItGoesOnOnceFixedAndDone() throws Exception {
        TestIndicators.EVENTS.addAll(List.of(LocalDate.of(2096, 3, 1), LocalDate.of(2096, 3, 2)));
        Report r = as("vanphong", () -> {
            Report x = reports.create(ReportKind.QUARTER, YearMonth.of(2096, 3), LocalDate.of(2096, 3, 20));
            texts.saveNarrative(x.id(), "assessment", "Đã tổ chức 05 sự kiện trong tháng.");
            texts.savePlanned(x.id(), List.of("Hoàn thành kế hoạch."));
            return x;
        });
        as("qlkh", () -> texts.saveNarrative(r.id(), "models", "Mô hình chè."));
        // the office marks its own section; not the science unit's, nor may another unit
        assertThat(as("vanphong", () -> sections.mark(r.id(), "assessment", true))).isTrue();
        String models = reports.slotHeadings(r).get("models");
        assertThat(models).isEqualTo("II. LŨY KẾ");
        // a heading with the period's words is named as it prints, as the text checks name it
        String assessment = reports.slotHeadings(r).get("assessment");
        assertThat(assessment).isEqualTo("I. THÁNG 3");
        assertThatThrownBy(() -> as("vanphong", () -> sections.mark(r.id(), "models", true))).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Mục \"II. LŨY KẾ\" do Phòng Quản lý khoa học viết");
        assertThatThrownBy(() -> as("qlcn", () -> sections.mark(r.id(), "models", true))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("admin", () -> sections.mark(r.id(), "models", true))).isInstanceOf(AccessDeniedException.class);
        assertThat(reports.openSections(r)).singleElement().satisfies(o -> {
            assertThat(o.slot()).isEqualTo("models");
            assertThat(o.unit()).isEqualTo(vn.gov.khcn.shared.Unit.SCIENCE);
            assertThat(o.anchor()).isEqualTo("slot-models");
        });

        // refused at submission, naming the typed figure and the open section in Vietnamese
        assertThatThrownBy(() -> as("vanphong", () -> reports.submit(r.id(), r.version()))).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("Chưa trình được: báo cáo còn 1 chỗ thiếu hoặc chưa khớp.")
                .hasMessageContaining("Mục \"I. THÁNG 3\": Văn phòng Sở ghi \"05 sự kiện\" trong câu «Đã tổ chức 05 sự kiện trong tháng.», "
                        + "nhưng số liệu tính từ hồ sơ là 02 (test.events).")
                .hasMessageContaining("Còn 1 mục chưa được đơn vị viết đánh dấu \"Đã xong\":\n- Mục \"II. LŨY KẾ\" – Phòng Quản lý khoa học")
                .hasMessageNotContaining("slot-").hasMessageNotContaining("typed-figure");
        assertThat(reports.get(r.id()).status()).isEqualTo(ReportStatus.DRAFT);
        // the page: the refusal links the open section, the table of open sections shows it to the office
        var office = user(users.loadUserByUsername("vanphong"));
        mvc.perform(post("/reports/" + r.id() + "/status").with(office).with(csrf()).param("to", "SUBMITTED")
                        .param("version", String.valueOf(r.version())))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("error", containsString("Phòng Quản lý khoa học")))
                .andExpect(flash().attribute("refusedOpen", org.hamcrest.Matchers.hasSize(1)));
        String page = mvc.perform(get("/reports/" + r.id()).with(office)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Mục còn thiếu / chưa xong").contains("<a href=\"#slot-models\">II. LŨY KẾ</a>")
                .contains("Đã viết, chưa đánh dấu xong").contains("Số gõ tay khác số liệu tính từ hồ sơ:");
        // a unit's staff see their own open sections, the button to mark theirs, and no other unit's
        String science = mvc.perform(get("/reports/" + r.id()).with(user(users.loadUserByUsername("qlkh")))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(science).contains("<a href=\"#slot-models\">II. LŨY KẾ</a>").contains("Đánh dấu đã xong");
        String technology = mvc.perform(get("/reports/" + r.id()).with(user(users.loadUserByUsername("qlcn")))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(technology).doesNotContain("Mục còn thiếu / chưa xong").doesNotContain("Đánh dấu đã xong");

        // fixed: the office's text changes, which reopens its section; the science unit marks its own over the API
        assertThat(as("vanphong", () -> texts.saveNarrative(r.id(), "assessment", "Đã tổ chức 02 sự kiện trong tháng."))).isTrue();
        assertThat(reports.openSections(reports.get(r.id()))).extracting(OpenSection::slot).containsExactly("assessment", "models");
        mvc.perform(post("/api/reports/" + r.id() + "/sections").with(user(users.loadUserByUsername("qlcn"))).with(csrf())
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{\"slot\":\"models\",\"done\":true}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/reports/" + r.id() + "/sections").with(user(users.loadUserByUsername("qlkh"))).with(csrf())
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{\"slot\":\"models\",\"done\":true}"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("\"slot\":\"assessment\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("\"slot\":\"models\""))));
        assertThatThrownBy(() -> as("vanphong", () -> reports.submit(r.id(), r.version()))).isInstanceOf(DomainException.class)
                .hasMessage("Chưa trình được: còn 1 mục chưa được đơn vị viết đánh dấu \"Đã xong\":\n- Mục \"" + assessment + "\" – Văn phòng Sở");
        mvc.perform(post("/reports/" + r.id() + "/sections").with(office).with(csrf()).param("slot", "assessment").param("done", "true"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "Đã đánh dấu xong mục \"" + assessment + "\"."));
        assertThat(reports.openSections(reports.get(r.id()))).isEmpty();
        Report s = as("vanphong", () -> reports.submit(r.id(), r.version()));
        assertThat(s.status()).isEqualTo(ReportStatus.SUBMITTED);
        // no mark changes once submitted; every mark and reopening is in the report's audit trail
        assertThatThrownBy(() -> as("qlkh", () -> sections.mark(r.id(), "models", false))).isInstanceOf(DomainException.class)
                .hasMessageContaining("chỉ sửa được khi là dự thảo");
        assertThat(jdbc.sql("select action from audit_log where entity_type = 'report' and entity_id = :id and action like 'SECTION%' order by id")
                .param("id", r.id()).query(String.class).list())
                .containsExactly("SECTION_DONE", "SECTION_REOPEN", "SECTION_DONE", "SECTION_DONE");
        assertThat(jdbc.sql("select marked_by from report_section_done where report_id = :id order by slot").param("id", r.id())
                .query(String.class).list()).containsExactly("vanphong", "qlkh");
    }

    @Test
    void aReturnNeedsAReasonWhichTheHistoryKeepsAndThePageShowsTheOffice() throws Exception {
        Report r = draft(2081, 3);
        Report s = as("vanphong", () -> reports.submit(r.id(), r.version()));
        assertThatThrownBy(() -> as("giamdoc", () -> reports.returnToDraft(s.id(), s.version(), "  "))).isInstanceOf(DomainException.class)
                .hasMessageContaining("Cần nêu lý do trả lại");
        assertThat(reports.get(r.id()).status()).isEqualTo(ReportStatus.SUBMITTED);
        var director = user(users.loadUserByUsername("giamdoc"));
        mvc.perform(post("/reports/" + r.id() + "/status").with(director).with(csrf()).param("to", "DRAFT")
                        .param("version", String.valueOf(s.version())))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("error", containsString("Cần nêu lý do trả lại")));
        assertThat(reports.get(r.id()).status()).isEqualTo(ReportStatus.SUBMITTED);

        Report back = as("giamdoc", () -> reports.returnToDraft(s.id(), s.version(), "Bổ sung số liệu hội đồng nghiệm thu"));
        assertThat(back.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(reports.history(r.id())).extracting(ReportStep::action).containsExactly("CREATE", "SUBMIT", "RETURN");
        ReportStep ret = reports.history(r.id()).get(2);
        assertThat(ret.reason()).isEqualTo("Bổ sung số liệu hội đồng nghiệm thu");
        assertThat(ret.who()).isEqualTo("Giám đốc Sở (demo)");
        assertThat(ret.label()).isEqualTo("Trả lại dự thảo");
        assertThat(ret.when()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        String page = mvc.perform(get("/reports/" + r.id()).with(user(users.loadUserByUsername("vanphong")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Quá trình xử lý").contains("Báo cáo đã bị trả lại: <span>Bổ sung số liệu hội đồng nghiệm thu</span>")
                .contains("<td>Giám đốc Sở (demo)</td><td>Trả lại dự thảo</td>").contains("<td>Trình duyệt</td>").contains("<td>Lập dự thảo</td>");
    }

    @Test
    void theApiReturnsAReportOnlyWithAReasonAndAnswersA400ProblemWithout() throws Exception {
        Report r = draft(2078, 3);
        var director = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic("giamdoc", "demo");
        var office = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic("vanphong", "demo");
        var json = org.springframework.http.MediaType.APPLICATION_JSON;
        mvc.perform(post("/api/reports/" + r.id() + "/submit").with(office).contentType(json).content("{\"version\":" + r.version() + "}"))
                .andExpect(status().isOk());
        int v = reports.get(r.id()).version();
        mvc.perform(post("/api/reports/" + r.id() + "/return").with(director).contentType(json).content("{\"version\":" + v + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail").value("Cần nêu lý do trả lại báo cáo."))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.field").value("reason"));
        assertThat(reports.get(r.id()).status()).isEqualTo(ReportStatus.SUBMITTED);
        mvc.perform(post("/api/reports/" + r.id() + "/return").with(director).contentType(json)
                        .content("{\"version\":" + v + ",\"reason\":\"Thiếu số liệu tháng\"}"))
                .andExpect(status().isOk()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status").value("DRAFT"));
        mvc.perform(get("/api/reports/" + r.id() + "/history").with(office)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$[2].action").value("RETURN"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$[2].reason").value("Thiếu số liệu tháng"));
        Report again = as("vanphong", () -> reports.submit(r.id(), reports.get(r.id()).version()));
        Report a = as("giamdoc", () -> reports.approve(again.id(), again.version()));
        mvc.perform(post("/api/reports/" + r.id() + "/return").param("reason", "Rút lại").with(office).contentType(json)
                        .content("{\"version\":" + a.version() + "}"))
                .andExpect(status().isForbidden());
        assertThat(reports.get(r.id()).status()).isEqualTo(ReportStatus.APPROVED);
    }

    @Test
    void onlyTheDirectorSendsAnApprovedReportBackAndTheOfficeCannotUndoAnApproval() throws Exception {
        Report r = draft(2082, 3);
        Report s = as("vanphong", () -> reports.submit(r.id(), r.version()));
        Report a = as("giamdoc", () -> reports.approve(s.id(), s.version()));
        assertThatThrownBy(() -> as("vanphong", () -> reports.returnToDraft(a.id(), a.version(), "Rút lại để sửa")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("chỉ Giám đốc trả lại được");
        assertThatThrownBy(() -> as("admin", () -> reports.returnToDraft(a.id(), a.version(), "Rút lại để sửa")))
                .isInstanceOf(AccessDeniedException.class);
        var office = user(users.loadUserByUsername("vanphong"));
        assertThat(mvc.perform(get("/reports/" + r.id()).with(office)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("Trả lại dự thảo</button>").contains("Tôi xác nhận ban hành");
        assertThat(reports.get(r.id()).status()).isEqualTo(ReportStatus.APPROVED);
        Report back = as("giamdoc", () -> reports.returnToDraft(a.id(), a.version(), "Cần sửa phần đánh giá chung"));
        assertThat(back.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(reports.history(r.id())).extracting(ReportStep::reason).containsExactly(null, null, null, "Cần sửa phần đánh giá chung");
    }

    @Test
    void issuingFromThePageNeedsTheConfirmationTickedServerSide() throws Exception {
        Report r = draft(2080, 3);
        Report s = as("vanphong", () -> reports.submit(r.id(), r.version()));
        Report a = as("giamdoc", () -> reports.approve(s.id(), s.version()));
        var office = user(users.loadUserByUsername("vanphong"));
        mvc.perform(post("/reports/" + r.id() + "/status").with(office).with(csrf()).param("to", "ISSUED")
                        .param("version", String.valueOf(a.version())))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("error", containsString("Tôi xác nhận ban hành báo cáo này")));
        assertThat(reports.get(r.id()).status()).isEqualTo(ReportStatus.APPROVED);
        assertThat(reports.get(r.id()).number()).isNull();
        mvc.perform(post("/reports/" + r.id() + "/status").with(office).with(csrf()).param("to", "ISSUED")
                        .param("version", String.valueOf(a.version())).param("confirm", "true"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", containsString("Đã ban hành")));
        assertThat(reports.get(r.id()).status()).isEqualTo(ReportStatus.ISSUED);
        assertThat(reports.history(r.id())).extracting(ReportStep::label).containsExactly("Lập dự thảo", "Trình duyệt", "Duyệt", "Ban hành");
    }

    @Test
    void submitIsRefusedWhileACheckFailsAndTheMessageNamesTheIndicator() {
        Report r = draft(2093, 3);
        TestIndicators.broken = true;
        assertThatThrownBy(() -> as("vanphong", () -> reports.submit(r.id(), r.version()))).isInstanceOf(DomainException.class)
                .hasMessageContaining("test.broken");
        assertThat(reports.get(r.id()).status()).isEqualTo(ReportStatus.DRAFT);
    }

    @Test
    void issueNumbersRunPerYearOfTheReportDate() {
        int y = 2094;
        Report a = issue(draft(y, 3));
        Report b = issue(draft(y, 6));
        Report c = issue(draft(y + 1, 3));
        assertThat(a.number()).isEqualTo(1);
        assertThat(b.number()).isEqualTo(2);
        assertThat(c.number()).isEqualTo(1);
        assertThat(a.numberText()).isEqualTo("01/BC-SKH&CN");
        assertThat(b.numberText()).isEqualTo("02/BC-SKH&CN");
    }

    @Test
    void anIssuedReportTakesTheNextOutgoingNumberAndIsFiledInTheDocumentRegister() throws Exception {
        int y = 2070;
        // a clerk's outgoing plan 05 of the year: the report is the department's next outgoing document, 06
        as("vanphong", () -> documents.register(DocumentCommand.of("05/KH-SKH&CN", null, LocalDate.of(y, 2, 3), null, "Kế hoạch thông tin")));
        as("vanphong", () -> documents.register(DocumentCommand.of("40/QĐ-UBND", null, LocalDate.of(y, 2, 4), "UBND tỉnh", "Quyết định")));
        Report r = issue(draft(y, 3));
        assertThat(r.number()).isEqualTo(6);
        assertThat(r.numberYear()).isEqualTo(y);
        assertThat(r.numberText()).isEqualTo("06/BC-SKH&CN");

        Document d = reports.document(r.id()).orElseThrow();
        assertThat(d.numberSymbol()).isEqualTo("06/BC-SKH&CN");
        assertThat(d.typeCode()).isEqualTo(DocumentType.REPORT);
        assertThat(d.issuedOn()).isEqualTo(r.reportDate());
        assertThat(d.summary()).isEqualTo("Báo cáo thử quý I năm " + y);
        assertThat(d.signer()).isEqualTo(r.signerName()).isNotBlank();
        assertThat(d.outgoing()).isTrue();
        assertThat(d.originPath()).isEqualTo("/reports/" + r.id());
        assertThat(docxText(engine.docx(engine.view(r)))).contains("Số: 06/BC-SKH&CN");

        var office = user(users.loadUserByUsername("vanphong"));
        String list = mvc.perform(get("/documents").param("q", "bao cao thu quy i nam " + y).with(office)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("06/BC-SKH&amp;CN").contains("/documents/" + d.id());
        String documentPage = mvc.perform(get("/documents/" + d.id()).with(office)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(documentPage).contains("href=\"/reports/" + r.id() + "\"").contains("Văn bản đi của Sở");
        String reportPage = mvc.perform(get("/reports/" + r.id()).with(office)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(reportPage).contains("href=\"/documents/" + d.id() + "\"");

        // the next outgoing document of the year, whatever its type, takes 07
        assertThat(as("vanphong", () -> documents.reserveOutgoingNumber(y))).isEqualTo(7);
    }

    @Test
    void aRefusedIssueFilesNoDocumentAndTakesNoNumber() {
        int y = 2071;
        Report r = draft(y, 3);
        Report s = as("vanphong", () -> reports.submit(r.id(), r.version()));
        Report a = as("giamdoc", () -> reports.approve(s.id(), s.version()));
        // a stale version: refused after the number was taken and the document filed, so both are rolled back
        assertThatThrownBy(() -> as("vanphong", () -> reports.issue(a.id(), a.version() - 1))).isInstanceOf(ConcurrentEditException.class);
        assertThat(reports.document(r.id())).isEmpty();
        assertThat(documents.search(new DocumentQuery(null, DocumentType.REPORT, y), 0, 25).total()).isZero();
        Report issued = as("vanphong", () -> reports.issue(a.id(), a.version()));
        assertThat(issued.numberText()).isEqualTo("01/BC-SKH&CN");
        assertThat(documents.search(new DocumentQuery(null, DocumentType.REPORT, y), 0, 25).items())
                .extracting(Document::numberSymbol).containsExactly("01/BC-SKH&CN");
    }

    @Test
    void twoReportsIssuedAtTheSameMomentGetDistinctNumbersOrAPlainRefusal() throws Exception {
        int y = 2090;
        List<Report> approved = List.of(draft(y, 3), draft(y, 6)).stream().map(r -> {
            Report s = as("vanphong", () -> reports.submit(r.id(), r.version()));
            return as("giamdoc", () -> reports.approve(s.id(), s.version()));
        }).toList();
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Object>> outcomes = approved.stream().map(a -> pool.submit(() -> {
                start.await();
                try {
                    return (Object) as("vanphong", () -> reports.issue(a.id(), a.version()));
                } catch (DomainException e) {
                    return e;
                }
            })).toList();
            List<Integer> numbers = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Object o = outcomes.get(i).get(60, java.util.concurrent.TimeUnit.SECONDS);
                Report now = reports.get(approved.get(i).id());
                if (o instanceof DomainException e) {
                    // refused in plain words, and left exactly as it was: approved, no number
                    assertThat(e.getMessage()).contains("vừa được cấp cho một báo cáo khác").contains("ban hành lại");
                    assertThat(now.status()).isEqualTo(ReportStatus.APPROVED);
                    assertThat(now.number()).isNull();
                } else {
                    assertThat(now.status()).isEqualTo(ReportStatus.ISSUED);
                    numbers.add(now.number());
                }
            }
            assertThat(numbers).isNotEmpty().doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDraftsDateSignerAndRecipientsChangeAndPrintWhileAnIssuedReportKeepsThem() {
        int y = 2088;
        Report r = draft(y, 3);
        LocalDate cutOff = r.reportPeriod().monthRange().end();
        assertThatThrownBy(() -> as("vanphong", () -> texts.updateHeader(r.id(), r.version(), cutOff.minusDays(1), "Cao Bằng",
                "Nông Văn Ký", "GIÁM ĐỐC", "- Như trên;"))).isInstanceOf(DomainException.class).hasMessageContaining("trước ngày chốt số liệu");
        assertThatThrownBy(() -> as("vanphong", () -> texts.updateHeader(r.id(), r.version(), cutOff, "Cao Bằng", " ", "GIÁM ĐỐC",
                "- Như trên;"))).isInstanceOf(DomainException.class).hasMessageContaining("Cần họ tên người ký");
        assertThatThrownBy(() -> as("giamdoc", () -> texts.updateHeader(r.id(), r.version(), cutOff, "Cao Bằng", "Nông Văn Ký",
                "GIÁM ĐỐC", "- Như trên;"))).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        Report changed = as("vanphong", () -> texts.updateHeader(r.id(), r.version(), cutOff.plusDays(4), "Cao Bằng",
                "Nông Văn Ký (demo)", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "- UBND tỉnh;\n- Lưu: VT."));
        assertThat(changed.reportDate()).isEqualTo(cutOff.plusDays(4));
        assertThat(changed.signerName()).isEqualTo("Nông Văn Ký (demo)");
        assertThat(engine.html(engine.view(changed))).contains("Nông Văn Ký (demo)").contains("UBND tỉnh");
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'report' and entity_id = :id and action = 'HEADER'")
                .param("id", r.id()).query(Long.class).single()).isEqualTo(1);
        // a stale form changes nothing
        assertThatThrownBy(() -> as("vanphong", () -> texts.updateHeader(r.id(), r.version(), cutOff, "Cao Bằng", "Khác",
                "GIÁM ĐỐC", "- Như trên;"))).isInstanceOf(ConcurrentEditException.class);

        Report issued = issue(reports.get(r.id()));
        assertThatThrownBy(() -> as("vanphong", () -> texts.updateHeader(issued.id(), issued.version(), cutOff, "Cao Bằng", "Khác",
                "GIÁM ĐỐC", "- Như trên;"))).isInstanceOf(DomainException.class);
        assertThat(reports.get(r.id()).signerName()).isEqualTo("Nông Văn Ký (demo)");
    }

    @Test
    void issueIsAtomicAStaleIssueLeavesNoNumberAndNoSnapshot() {
        Report r = draft(2097, 3);
        Report s = as("vanphong", () -> reports.submit(r.id(), r.version()));
        Report a = as("giamdoc", () -> reports.approve(s.id(), s.version()));
        assertThatThrownBy(() -> as("vanphong", () -> reports.issue(a.id(), a.version() - 1))).isInstanceOf(ConcurrentEditException.class);
        Report after = reports.get(r.id());
        assertThat(after.status()).isEqualTo(ReportStatus.APPROVED);
        assertThat(after.number()).isNull();
        assertThat(jdbc.sql("select count(*) from report_figure where report_id = :r").param("r", r.id()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from report_issued_text where report_id = :r").param("r", r.id()).query(Long.class).single()).isZero();
    }

    @Test
    void anIssuedPeriodIsLockedAndAChangeWithAReasonIsNotedWhileFrozenFiguresStay() {
        int y = 2098;
        LocalDate inMonth = LocalDate.of(y, 3, 1);
        TestIndicators.EVENTS.addAll(List.of(inMonth, LocalDate.of(y, 1, 10)));
        Report r = issue(draft(y, 3));
        assertThat(engine.figures(r).get("month", "test.events").orElseThrow().value()).isEqualTo(1L);
        assertThat(engine.figures(r).get("ytd", "test.events").orElseThrow().records()).hasSize(2);

        assertThatThrownBy(() -> locks.checkChange("test-event", 1, List.of(inMonth), null)).isInstanceOf(DomainException.class)
                .hasMessageContaining("đã ban hành (Báo cáo số " + r.numberText() + "): cần nêu lý do thay đổi.");
        as("qlkh", () -> {
            locks.checkChange("test-event", 1, List.of(inMonth), "Sửa ngày sự kiện theo biên bản");
            return null;
        });
        TestIndicators.EVENTS.add(LocalDate.of(y, 3, 2));

        Report issued = reports.get(r.id());
        ReportEngine.View v = engine.view(issued);
        assertThat(v.figures().get("month", "test.events").orElseThrow().value()).as("frozen").isEqualTo(1L);
        assertThat(v.figures().get("ytd", "test.events").orElseThrow().records()).extracting(RecordRef::label).hasSize(2);
        assertThat(FigureSet.compute(engine.catalogue(), issued.reportPeriod()).get("month", "test.events").orElseThrow().value()).isEqualTo(2L);
        // the note is kept beside the issued report (its page), outside its frozen text
        assertThat(reports.restatements(r.id())).extracting(ReportStore.Restatement::reason).containsExactly("Sửa ngày sự kiện theo biên bản");
        assertThat(engine.html(v)).doesNotContain("Sửa ngày sự kiện theo biên bản");
        assertThat(docxText(engine.docx(v))).doesNotContain("Sửa ngày sự kiện theo biên bản").contains("Số: " + r.numberText());
        assertThat(v.rendered().plainText()).contains("Có 01 sự kiện").contains("1. Tiếp tục 02 việc.");
        assertThat(engine.json(v)).isEqualTo(engine.json(engine.view(issued)));
        // a date outside every issued period needs no reason
        locks.checkChange("test-event", 1, List.of(LocalDate.of(1990, 1, 1)), null);
    }

    @Test
    void theCommandLineViewOfAnIssuedReportIsTheFrozenOne() {
        int y = 2099;
        TestIndicators.EVENTS.add(LocalDate.of(y, 3, 5));
        Report r = issue(draft(y, 3));
        TestIndicators.EVENTS.add(LocalDate.of(y, 3, 6));
        ReportEngine.View v = engine.view(ReportKind.QUARTER, YearMonth.of(y, 3));
        assertThat(v.report().id()).isEqualTo(r.id());
        assertThat(engine.json(v)).contains("\"test.events\":{\"by\":{\"kind\":{\"A\":1}},\"value\":1}");
    }

    @Test
    void thePagesShowTheDemoReportItsChecksPreviewDownloadsAndTheEditors() throws Exception {
        Report demo = reports.search(2021, ReportKind.NINE_MONTHS, null).get(0);
        var office = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("vanphong"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/reports").param("year", "2021").with(office))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(org.hamcrest.Matchers.containsString("9 tháng đầu năm 2021")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/reports/" + demo.id()).with(office))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(org.hamcrest.Matchers.containsString("Kiểm tra số liệu")))
                // the checks and the period in words, not the rules' codes or "2021-09"
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("Các phần cộng lại bằng tổng"), org.hamcrest.Matchers.containsString("<h1>Báo cáo 9 tháng đầu năm 2021</h1>"),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(">breakdown-sums<")))));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/reports/" + demo.id() + "/preview").with(office))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(org.hamcrest.Matchers.containsString("tính từ ngày 17/8/2021 đến 16/9/2021")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/reports/" + demo.id() + "/download.docx").with(office))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/reports/" + demo.id() + "/download.json").with(office))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(org.hamcrest.Matchers.startsWith("{\"checks\":[")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/reports/records").param("code", "test.events")
                        .param("start", "2021-08-17").param("end", "2021-09-16").with(office))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/reports/settings").with(office))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(org.hamcrest.Matchers.containsString("khcncaobang.gov.vn")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/reports/templates/nine-months").with(office))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(org.hamcrest.Matchers.containsString("Bế Đăng Khoa")));
    }

    @Test
    void theDemoNineMonthsReportHasEveryFigureFromAProviderPassesTheChecksAndPrintsTheOutreachFiguresOnce() {
        Report demo = reports.search(2021, ReportKind.NINE_MONTHS, null).get(0);
        ReportEngine.View v = engine.view(demo);
        assertThat(v.rendered().missingCodes()).isEmpty();
        assertThat(v.checks()).allMatch(ReportCheck::ok);
        assertThat(v.findings()).as("every narrative written, nothing empty, no typed figure contradicted").isEmpty();
        String text = v.rendered().plainText();
        assertThat(text).contains("kết quả đạt được tính từ ngày 17/8/2021 đến 16/9/2021 như sau:")
                .contains("Trên đây là Báo cáo kết quả hoạt động khoa học và công nghệ tháng 9, 9 tháng đầu năm 2021")
                .doesNotContain(vn.gov.khcn.reporting.internal.TemplateRenderer.MISSING)
                .doesNotContain("[Chưa viết:");
        List<String> outreach = v.rendered().footnotes().stream().map(RenderedReport.Footnote::text)
                .filter(t -> t.startsWith("Cập nhật được") && t.contains("xuất bản tài liệu")).toList();
        assertThat(outreach).hasSize(2);
        assertThat(outreach.get(1)).startsWith(outreach.get(0)).contains("khcncaobang.gov.vn");
        assertThat(engine.json(v)).isEqualTo(engine.json(engine.view(demo)));
    }

    static Map<String, String> docxParts(byte[] docx) {
        Map<String, String> parts = new TreeMap<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.getName().equals("docProps/core.xml")) { // POI stamps the time of writing there
                    parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    static String docxText(byte[] docx) {
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new ByteArrayInputStream(docx));
             var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            return text.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anIssuedReportReadsTheSameForeverWhateverChangesAfterIssue() throws Exception {
        int y = 2084;
        TestIndicators.EVENTS.add(LocalDate.of(y, 3, 2));
        Report d = draft(y, 3);
        as("vanphong", () -> {
            texts.saveNarrative(d.id(), "assessment", "Nhìn chung, tốt^{detail: Theo Biên bản số 12/BB-SKH&CN.}.");
            // the changed text reopened the office's section: marked done again
            return sections.mark(d.id(), "assessment", true);
        });
        Report r = issue(d);
        assertThat(jdbc.sql("select origin from report_issued_text where report_id = :r").param("r", r.id()).query(String.class).single())
                .isEqualTo("ISSUE");
        DepartmentSettings before = settings.get();
        String html = engine.html(engine.view(reports.get(r.id())));
        Map<String, String> docx = docxParts(engine.docx(engine.view(reports.get(r.id()))));
        assertThat(html).contains("Báo cáo thử quý I năm " + y).contains(before.parentBody()).contains("Nhìn chung, tốt<sup>")
                .contains("Tiếp tục <a class=\"figure\"");
        assertThat(docx).containsKeys("word/document.xml", "word/footnotes.xml");
        var office = user(users.loadUserByUsername("vanphong"));
        try {
            as("vanphong", () -> settings.update(new DepartmentSettings(before.cutOffDay(), "Tỉnh Khác", "UBND TỈNH KHÁC", "SỞ KHÁC",
                    "khac.gov.vn", "Người Ký Khác", "PHÓ GIÁM ĐỐC", "Căn cứ khác", "Nơi nhận khác", "BC-KHAC", "Nơi Khác", before.version())));
            as("vanphong", () -> templates.update(ReportKind.QUARTER, SMALL.replace("Báo cáo thử", "Mẫu đã sửa") + "\nĐoạn thêm sau ban hành.\n",
                    templates.get(ReportKind.QUARTER).version()));
            assertThatThrownBy(() -> as("vanphong", () -> {
                texts.saveNarrative(r.id(), "assessment", "Sửa sau ban hành.");
                return null;
            })).isInstanceOf(DomainException.class).hasMessageContaining("dự thảo");
            // not even a change made behind the application's back reaches the issued text
            jdbc.sql("update report_narrative set body = 'Sửa thẳng vào cơ sở dữ liệu.' where report_id = :r").param("r", r.id()).update();
            jdbc.sql("update report_planned_item set body = 'Nhiệm vụ sửa thẳng.' where report_id = :r").param("r", r.id()).update();
            as("qlkh", () -> {
                locks.checkChange("test-event", 1, List.of(LocalDate.of(y, 3, 2)), "Bổ sung sự kiện theo biên bản");
                return null;
            });
            TestIndicators.EVENTS.add(LocalDate.of(y, 3, 3));
            assertThat(engine.preview(ReportKind.QUARTER, YearMonth.of(y, 3), templates.get(ReportKind.QUARTER).source()))
                    .as("rendered again today, the report would read differently").contains("Mẫu đã sửa").contains("UBND TỈNH KHÁC");

            ReportEngine.View after = engine.view(reports.get(r.id()));
            assertThat(engine.html(after)).isEqualTo(html);
            assertThat(docxParts(engine.docx(after))).isEqualTo(docx);
            assertThat(engine.html(engine.view(ReportKind.QUARTER, YearMonth.of(y, 3)))).as("the command line").isEqualTo(html);
            assertThat(docxParts(mvc.perform(get("/reports/" + r.id() + "/download.docx").with(office)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsByteArray())).isEqualTo(docx);
            mvc.perform(get("/reports/" + r.id() + "/preview").with(office)).andExpect(content().string(containsString(html)));
            // the restatement is listed on the report's page, apart from the frozen text
            String page = mvc.perform(get("/reports/" + r.id()).with(office)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains("Ghi chú điều chỉnh số liệu sau ban hành").contains("Bổ sung sự kiện theo biên bản");
            assertThat(html).doesNotContain("Bổ sung sự kiện theo biên bản");
        } finally {
            as("vanphong", () -> settings.update(new DepartmentSettings(before.cutOffDay(), before.province(), before.parentBody(),
                    before.department(), before.site(), before.signerName(), before.signerTitle(), before.legalBasis(), before.recipients(),
                    before.symbol(), before.place(), settings.get().version())));
        }
    }

    @Test
    void aReportIssuedBeforeTextsWereKeptIsKeptOnItsFirstReadAndReadsTheSameFromThen() {
        int y = 2083;
        Report r = issue(draft(y, 3));
        jdbc.sql("delete from report_issued_text where report_id = :r").param("r", r.id()).update();
        String first = engine.html(engine.view(reports.get(r.id())));
        assertThat(jdbc.sql("select origin from report_issued_text where report_id = :r").param("r", r.id()).query(String.class).single())
                .isEqualTo("FIRST_READ");
        as("vanphong", () -> templates.update(ReportKind.QUARTER, SMALL.replace("Báo cáo thử", "Mẫu đã sửa"),
                templates.get(ReportKind.QUARTER).version()));
        assertThat(engine.html(engine.view(reports.get(r.id())))).isEqualTo(first).contains("Báo cáo thử");
    }

    @Test
    void aStoredNarrativeThatIncludesItselfIsViewableDownloadableAndRepairableOnItsPage() throws Exception {
        int y = 2086;
        Report r = draft(y, 3);
        String loop = "[[narrative:models|SCIENCE]]";
        // as the narrative form accepted it before narratives were text
        jdbc.sql("update report_narrative set body = :b where report_id = :r and slot = 'models'").param("b", loop).param("r", r.id()).update();
        var staff = user(users.loadUserByUsername("qlkh"));
        mvc.perform(get("/reports/" + r.id()).with(staff)).andExpect(status().isOk()).andExpect(content().string(containsString(loop)));
        mvc.perform(get("/reports/" + r.id() + "/preview").with(staff)).andExpect(status().isOk())
                .andExpect(content().string(containsString("sự kiện. " + loop)));
        mvc.perform(get("/reports/" + r.id() + "/download.docx").with(staff)).andExpect(status().isOk());
        assertThat(engine.html(engine.view(ReportKind.QUARTER, YearMonth.of(y, 3)))).as("the command line").contains(loop);

        mvc.perform(post("/reports/" + r.id() + "/narratives").with(staff).with(csrf()).param("slot", "models").param("body", "Xem " + loop))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("error", containsString("không chèn được mục khác")));
        assertThat(texts.narratives(r.id()).get("models").body()).isEqualTo(loop);
        mvc.perform(post("/reports/" + r.id() + "/narratives").with(staff).with(csrf()).param("slot", "models").param("body", "Mô hình chè **Thị Ngân**."))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", containsString("Đã lưu")));
        assertThat(texts.narratives(r.id()).get("models").body()).isEqualTo("Mô hình chè **Thị Ngân**.");
        // the repaired text reopened the section: its unit marks it done again on the page
        mvc.perform(post("/reports/" + r.id() + "/sections").with(staff).with(csrf()).param("slot", "models").param("done", "true"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", containsString("Đã đánh dấu xong mục")));
        assertThat(as("vanphong", () -> reports.submit(r.id(), r.version())).status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void aTemplateNestingTooDeeplyIsRefusedInTheEditorAndAStoredOneGivesAClearErrorNotA500() throws Exception {
        int y = 2085;
        Report r = draft(y, 3);
        String deep = SMALL + "Đoạn " + "*a**a".repeat(5_000) + "\n";
        var office = user(users.loadUserByUsername("vanphong"));
        mvc.perform(post("/reports/templates/quarter").with(office).with(csrf()).param("source", deep).param("period", y + "-03")
                        .param("version", String.valueOf(templates.get(ReportKind.QUARTER).version())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("lồng nhau quá 8 cấp")));
        assertThat(templates.get(ReportKind.QUARTER).source()).isEqualTo(SMALL);

        // a template stored before nesting was bounded
        jdbc.sql("update report_template set source = :s where kind = 'QUARTER'").param("s", deep).update();
        ReportEngine.View v = engine.view(reports.get(r.id()));
        assertThat(v.contentError()).contains("Nội dung báo cáo không dựng được").contains("lồng nhau quá 8 cấp");
        assertThat(v.checks()).anyMatch(c -> !c.ok() && c.rule().equals("content-renders"));
        mvc.perform(get("/reports/" + r.id()).with(office)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nội dung báo cáo không dựng được")));
        mvc.perform(get("/reports/" + r.id() + "/download.docx").with(office)).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("lồng nhau quá 8 cấp")));
        assertThatThrownBy(() -> as("vanphong", () -> reports.submit(r.id(), r.version()))).isInstanceOf(DomainException.class)
                .hasMessageContaining("không dựng được");
    }
}
