package vn.gov.khcn.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.identity.DepartmentUnit;
import vn.gov.khcn.identity.DepartmentUnits;
import vn.gov.khcn.identity.Role;
import vn.gov.khcn.identity.UnitCommand;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.quality.SurveyCommand;
import vn.gov.khcn.quality.Surveys;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.testing.DatabaseInitializers;

/**
 * The org chart is data (decision 0017): an administrator adds "Phòng Chuyển đổi số" and gives it a register; its staff
 * then write that register and the unit that kept it no longer does; a rename shows on the pages and as the owner of a
 * report's narrative slot. A database of its own; the org chart is put back as the migration seeds it at the end.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = DatabaseInitializers.IsolatedH2.class)
@DirtiesContext
class DepartmentUnitsTest {
    @Autowired
    DepartmentUnits units;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Surveys surveys;
    @Autowired
    Organisations organisations;
    @Autowired
    AuditTrail audit;
    @Autowired
    MockMvc mvc;

    /** Other applications of this JVM (cached test contexts) may have installed their org chart since this one started. */
    @org.junit.jupiter.api.BeforeEach
    void thisApplicationsOrgChart() {
        vn.gov.khcn.shared.Unit.use(units);
    }

    @AfterEach
    void seededOrgChartAgain() {
        CurrentUser.runAsSystem(() -> {
            if (!"TDC".equals(units.keeperOf("quality").name())) {
                units.assign("quality", "TDC");
            }
            DepartmentUnit science = units.get("SCIENCE");
            if (!science.name().equals("Phòng Quản lý khoa học")) {
                units.change("SCIENCE", new UnitCommand(null, "Phòng Quản lý khoa học", null, null, null, null, science.version()));
            }
        });
        assertThat(Unit.SCIENCE.label()).isEqualTo("Phòng Quản lý khoa học");
    }

    <T> T as(String username, Supplier<T> work) {
        var p = accounts.loadUserByUsername(username);
        var before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    SurveyCommand survey(String products, int day) {
        long f = organisations.findByName("Trung tâm Y tế huyện Hòa An").orElseThrow().id();
        return SurveyCommand.of(f, products, null, LocalDate.of(2024, 3, day), null);
    }

    @Test
    void aNewUnitKeepsARegisterItsStaffWriteItAndTheUnitThatKeptItNoLonger() throws Exception {
        assertThat(as("tdc", () -> surveys.record(survey("Hàng trước khi giao sổ", 5)))).isNotNull();
        DepartmentUnit digital = CurrentUser.runAsSystem(() -> units.add(new UnitCommand("DIGITAL", "Phòng Chuyển đổi số", "Phòng CĐS", null,
                false, List.of("quality"), null)));
        assertThat(digital.registers()).containsExactly("quality");
        assertThat(units.keeperOf("quality")).isEqualTo(Unit.valueOf("DIGITAL"));
        assertThat(units.get("TDC").registers()).doesNotContain("quality");
        assertThat(Unit.valueOf("DIGITAL").label()).isEqualTo("Phòng Chuyển đổi số");
        assertThat(Unit.values()).contains(Unit.valueOf("DIGITAL"));
        assertThat(audit.history("departmentUnit", digital.id())).extracting(AuditTrail.AuditEntry::action).contains("CREATE", "KEEP_REGISTERS");
        assertThat(audit.history("departmentUnit", units.get("TDC").id())).extracting(AuditTrail.AuditEntry::action).contains("KEEP_REGISTERS");

        CurrentUser.runAsSystem(() -> accounts.create("cds", "Cán bộ chuyển đổi số", Role.UNIT_STAFF, Unit.valueOf("DIGITAL"), "demo", true));
        assertThat(as("cds", () -> surveys.record(survey("Hàng của Phòng Chuyển đổi số", 6))).id()).isPositive();
        assertThatThrownBy(() -> as("tdc", () -> surveys.record(survey("Hàng sau khi giao sổ", 7))))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Bạn không có quyền sửa hồ sơ của Phòng Chuyển đổi số (sổ tiêu chuẩn, đo lường, chất lượng): "
                        + "Chi cục Tiêu chuẩn Đo lường Chất lượng không giữ sổ này.");

        // pages offer the register to its new keeper only
        String cds = mvc.perform(get("/quality/surveys/new").with(user(accounts.loadUserByUsername("cds")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(cds).contains(">Lưu</button>").doesNotContain("không có quyền sửa");
        String tdc = mvc.perform(get("/quality/surveys/new").with(user(accounts.loadUserByUsername("tdc")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(tdc).contains("Bạn không có quyền sửa hồ sơ của Phòng Chuyển đổi số (sổ tiêu chuẩn, đo lường, chất lượng): "
                + "Chi cục Tiêu chuẩn Đo lường Chất lượng không giữ sổ này.");

        // a unit that keeps a register is not retired, and a register is never left without a keeper
        DepartmentUnit now = units.get("DIGITAL");
        assertThatThrownBy(() -> CurrentUser.runAsSystem(() -> units.change("DIGITAL", new UnitCommand(null, null, null, null, true, null,
                now.version())))).isInstanceOf(DomainException.class).hasMessageContaining("giao các sổ này cho đơn vị khác");
        assertThatThrownBy(() -> CurrentUser.runAsSystem(() -> units.change("DIGITAL", new UnitCommand(null, null, null, null, null, List.of(),
                now.version())))).isInstanceOf(DomainException.class).hasMessageContaining("cần một đơn vị giữ");
        assertThatThrownBy(() -> CurrentUser.runAsSystem(() -> units.add(new UnitCommand("DIGITAL2", "phong chuyen doi so", null, null, null,
                null, null)))).isInstanceOf(DomainException.class).hasMessage("Đã có đơn vị \"Phòng Chuyển đổi số\": hai đơn vị không trùng tên.");
        assertThatThrownBy(() -> as("qlkh", () -> units.add(new UnitCommand("X1", "Phòng thử", null, null, null, null, null))))
                .isInstanceOf(AccessDeniedException.class);

        // given back, then retired: the unit stays (its account and its survey name it), out of the pickers
        CurrentUser.runAsSystem(() -> units.assign("quality", "TDC"));
        CurrentUser.runAsSystem(() -> units.change("DIGITAL", new UnitCommand(null, null, null, null, true, null, units.get("DIGITAL").version())));
        assertThat(Unit.values()).doesNotContain(Unit.valueOf("DIGITAL"));
        assertThat(Unit.valueOf("DIGITAL").label()).isEqualTo("Phòng Chuyển đổi số");
        assertThat(as("tdc", () -> surveys.record(survey("Hàng khi sổ về lại Chi cục", 8)))).isNotNull();
    }

    @Test
    void aRenamedUnitPrintsItsNewNameOnPagesAndAsTheOwnerOfAReportSlot() throws Exception {
        DepartmentUnit science = units.get("SCIENCE");
        CurrentUser.runAsSystem(() -> units.change("SCIENCE", new UnitCommand(null, "Phòng Quản lý khoa học và Chuyển đổi số", null, 35, null,
                null, science.version())));
        assertThat(Unit.SCIENCE.label()).isEqualTo("Phòng Quản lý khoa học và Chuyển đổi số");

        var r = Render.render("[[narrative:assessment]]\n\nCụ thể: [[narrative:models|SCIENCE]]", Golden.seed(), Map.of("assessment", "Tốt."),
                List.of());
        assertThat(r.plainText()).contains("[Chưa viết: models – Phòng Quản lý khoa học và Chuyển đổi số]").doesNotContain("SCIENCE");

        var admin = user(accounts.loadUserByUsername("admin"));
        String page = mvc.perform(get("/admin/units").with(admin)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Phòng Quản lý khoa học và Chuyển đổi số").contains("kiểm định phương tiện đo");
        String users = mvc.perform(get("/admin/users").with(admin)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(users).contains("Phòng Quản lý khoa học và Chuyển đổi số");
        String api = mvc.perform(get("/api/units/SCIENCE").with(user(accounts.loadUserByUsername("xem")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(api).contains("\"name\":\"Phòng Quản lý khoa học và Chuyển đổi số\"").contains("\"position\":35");
        assertThat(audit.history("departmentUnit", science.id())).extracting(AuditTrail.AuditEntry::action).contains("UPDATE");
    }
}
