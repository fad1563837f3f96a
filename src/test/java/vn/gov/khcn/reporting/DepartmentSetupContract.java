package vn.gov.khcn.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.identity.Role;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.shared.SetupRequiredException;
import vn.gov.khcn.shared.Unit;

/**
 * A department's first start (migrations only, no demo): nothing of any real province in the settings, every report
 * refused naming what is missing, until the department describes itself by the API or the set-up form; then the
 * report's header and signer block carry what it entered. Each test leaves the settings as a first start has them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class DepartmentSetupContract {
    static final String PASSWORD = "mat-khau-2026";
    static final String[] DEMO_TRACES = {"Cao Bằng", "CAO BẰNG", "caobang", "Bế Đăng Khoa"};

    @Autowired
    MockMvc mvc;
    @Autowired
    ReportSettings settings;
    @Autowired
    ReportEngine engine;
    @Autowired
    Reports reports;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor admin;
    RequestPostProcessor office;
    RequestPostProcessor viewer;

    @BeforeEach
    void accounts() {
        CurrentUser.runAsSystem(() -> {
            if (accounts.find("quantri").isEmpty()) {
                accounts.create("quantri", "Quản trị", Role.ADMIN, null, PASSWORD, false);
                accounts.create("vanthu", "Văn thư", Role.OFFICE, Unit.OFFICE, PASSWORD, false);
                accounts.create("chixem", "Chỉ xem", Role.VIEWER, null, PASSWORD, false);
            }
        });
        admin = user(accounts.loadUserByUsername("quantri"));
        office = user(accounts.loadUserByUsername("vanthu"));
        viewer = user(accounts.loadUserByUsername("chixem"));
    }

    /** Back to what the first start has: every setting empty but the cut-off day (the national 14). */
    @AfterEach
    void neutralAgain() {
        jdbc.sql("""
                update department_setting set cut_off_day = 14, province = '', parent_body = '', department = '', site = '',
                       signer_name = '', signer_title = '', legal_basis = '', recipients = '', report_symbol = '', place = '',
                       version = version + 1 where id = 1""").update();
    }

    @Test
    @Order(1)
    void aFirstStartNamesNoProvinceAndRefusesEveryReportNamingTheMissingSettings() throws Exception {
        DepartmentSettings s = settings.get();
        assertThat(s.cutOffDay()).isEqualTo(14);
        assertThat(s.missing()).hasSize(DepartmentSettings.Item.values().length - 1).doesNotContain(DepartmentSettings.Item.CUT_OFF_DAY);
        assertThat(s.toString()).doesNotContain(DEMO_TRACES);
        String api = mvc.perform(get("/api/settings").with(viewer)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(api).doesNotContain(DEMO_TRACES).contains("\"symbol\":\"\"");

        assertThatThrownBy(() -> engine.view(ReportKind.MONTH, YearMonth.of(2026, 1))).isInstanceOf(SetupRequiredException.class)
                .hasMessageContaining("Còn thiếu: Cơ quan chủ quản (dòng 1 tiêu đề); Tên Sở (dòng 2 tiêu đề); Tên tỉnh; Ký hiệu báo cáo; "
                        + "Địa danh; Chức vụ người ký; Họ tên người ký; Nơi nhận; Trang thông tin điện tử; Căn cứ báo cáo (câu mở đầu).");
        mvc.perform(post("/api/reports").with(office).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"month\",\"period\":\"2026-01\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Sở chưa thiết lập"))
                .andExpect(jsonPath("$.missing", Matchers.hasItems("Ký hiệu báo cáo", "Địa danh", "Họ tên người ký")))
                .andExpect(jsonPath("$.detail", Matchers.containsString("Còn thiếu: Cơ quan chủ quản")));
        mvc.perform(post("/reports").with(office).with(csrf()).param("kind", "month").param("period", "2026-01"))
                .andExpect(redirectedUrl("/reports"))
                .andExpect(flash().attribute("error", Matchers.containsString("Còn thiếu: Cơ quan chủ quản (dòng 1 tiêu đề)")));
        assertThat(reports.search(null, null, null)).isEmpty();

        // an administrator is led to the set-up page; anyone else reads that the department is not set up
        mvc.perform(get("/").with(admin)).andExpect(redirectedUrl("/setup"));
        mvc.perform(get("/tasks").with(admin)).andExpect(redirectedUrl("/setup"));
        String setup = mvc.perform(get("/setup").with(admin)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(setup).contains("Sở chưa thiết lập xong").contains("name=\"symbol\"").contains("name=\"place\"").doesNotContain(DEMO_TRACES);
        String home = mvc.perform(get("/").with(viewer)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(home).contains("Sở chưa được thiết lập: chưa lập được báo cáo. Còn thiếu").contains("Ký hiệu báo cáo");
        assertThat(mvc.perform(get("/setup").with(viewer)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Đề nghị quản trị hệ thống").doesNotContain(">Lưu</button>");
    }

    @Test
    @Order(2)
    void settingsPutThroughTheApiAreValidatedVersionedAuditedAndPrintInTheReport() throws Exception {
        String etag = mvc.perform(get("/api/settings").with(admin)).andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
        String body = """
                {"cutOffDay": 15, "parentBody": "UBND TỈNH BÌNH MINH", "department": "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "province": "Bình Minh",
                 "symbol": "BC-SKHCN", "place": "Phố Núi", "signerTitle": "KT. GIÁM ĐỐC\\nPHÓ GIÁM ĐỐC", "signerName": "Trần Văn Ký",
                 "recipients": "UBND tỉnh\\nBộ KH&CN", "site": "skhcn.binhminh.gov.vn",
                 "legalBasis": "Thực hiện chế độ báo cáo định kỳ, Sở Khoa học và Công nghệ tỉnh Bình Minh"}""";
        mvc.perform(put("/api/settings").with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put("/api/settings").with(admin).with(csrf()).header("If-Match", etag).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("\"cutOffDay\": 15", "\"cutOffDay\": 29")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("cutOffDay"))
                .andExpect(jsonPath("$.detail").value("Ngày chốt số liệu hằng tháng phải là số từ 1 đến 28."));
        mvc.perform(put("/api/settings").with(admin).with(csrf()).header("If-Match", etag).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("BC-SKHCN", "BC SKHCN")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("symbol"));
        mvc.perform(put("/api/settings").with(viewer).with(csrf()).header("If-Match", etag).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        assertThat(settings.get().missing()).as("nothing half-written").hasSize(DepartmentSettings.Item.values().length - 1);
        int audited = auditRows();
        mvc.perform(put("/api/settings").with(admin).with(csrf()).header("If-Match", etag).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.symbol").value("BC-SKHCN"))
                .andExpect(header().string("ETag", Matchers.not(etag)));
        assertThat(auditRows()).isEqualTo(audited + 1);
        assertThat(jdbc.sql("select username from audit_log where entity_type = 'department_setting' order by id desc").query(String.class)
                .list().get(0)).isEqualTo("quantri");
        mvc.perform(put("/api/settings").with(admin).with(csrf()).header("If-Match", etag).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict());

        mvc.perform(post("/api/reports").with(office).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"month\",\"period\":\"2026-02\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.symbol").value("BC-SKHCN")).andExpect(jsonPath("$.place").value("Phố Núi"));
        Report r = reports.search(2026, ReportKind.MONTH, null).stream().filter(x -> x.period().equals(YearMonth.of(2026, 2))).findFirst()
                .orElseThrow();
        assertThat(r.cutOffDay()).isEqualTo(15);
        assertHeaderAndSigner(engine.html(engine.view(r)), "ngày 16 tháng 02 năm 2026");
    }

    @Test
    @Order(3)
    void theSetUpFormFillsEverySettingInOneGoAndTheAdministratorGoesOnToTheApplication() throws Exception {
        int version = settings.get().version();
        var form = post("/setup").with(admin).with(csrf()).param("version", String.valueOf(version)).param("cutOffDay", "14")
                .param("parentBody", "UBND TỈNH BÌNH MINH").param("department", "SỞ KHOA HỌC VÀ CÔNG NGHỆ").param("province", "Bình Minh")
                .param("symbol", "BC-SKHCN").param("place", "Phố Núi").param("signerTitle", "KT. GIÁM ĐỐC\r\nPHÓ GIÁM ĐỐC")
                .param("signerName", "Trần Văn Ký").param("recipients", "UBND tỉnh\r\nBộ KH&CN\r\n").param("site", "skhcn.binhminh.gov.vn")
                .param("legalBasis", "Thực hiện chế độ báo cáo định kỳ, Sở Khoa học và Công nghệ tỉnh Bình Minh");
        String refused = mvc.perform(post("/setup").with(admin).with(csrf()).param("version", String.valueOf(version)).param("cutOffDay", "0")
                        .param("symbol", "BC-SKHCN")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Ngày chốt số liệu hằng tháng phải là số từ 1 đến 28.").contains("value=\"BC-SKHCN\"");
        assertThat(settings.get().version()).isEqualTo(version);
        mvc.perform(form).andExpect(redirectedUrl("/"));
        assertThat(settings.get().complete()).isTrue();
        mvc.perform(get("/").with(admin)).andExpect(status().isOk());
        assertThat(mvc.perform(get("/").with(viewer)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("Sở chưa được thiết lập");
        assertHeaderAndSigner(engine.html(engine.view(ReportKind.MONTH, YearMonth.of(2026, 3))), "ngày 15 tháng 3 năm 2026");
    }

    private static void assertHeaderAndSigner(String html, String date) {
        assertThat(html).contains("UBND TỈNH BÌNH MINH<br><strong>SỞ KHOA HỌC VÀ CÔNG NGHỆ</strong>").contains("Số:      /BC-SKHCN")
                .contains("<em>Phố Núi, " + date + "</em>")
                .contains("<strong>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</strong><br><br><br><strong>Trần Văn Ký</strong>")
                .contains("- UBND tỉnh;<br>- Bộ KH&amp;CN;<br>- Lưu: VT, VP.")
                .contains("Thực hiện chế độ báo cáo định kỳ, Sở Khoa học và Công nghệ tỉnh Bình Minh")
                .doesNotContain(DEMO_TRACES).doesNotContain("BC-SKH&amp;CN");
    }

    private int auditRows() {
        return jdbc.sql("select count(*) from audit_log where entity_type = 'department_setting'").query(Integer.class).single();
    }
}
