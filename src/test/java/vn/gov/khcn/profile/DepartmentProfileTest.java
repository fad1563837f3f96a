package vn.gov.khcn.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.identity.Role;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.reporting.DepartmentSettings;
import vn.gov.khcn.reporting.ReportEngine;
import vn.gov.khcn.reporting.ReportKind;
import vn.gov.khcn.reporting.ReportSettings;
import vn.gov.khcn.reporting.ReportTemplates;
import vn.gov.khcn.reporting.SettingsCommand;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.testing.DatabaseInitializers;
import vn.gov.khcn.vocabulary.Vocabularies;
import vn.gov.khcn.vocabulary.VocabularyCommand;
import vn.gov.khcn.vocabulary.VocabularyEntry;
import vn.gov.khcn.vocabulary.VocabularyList;

/**
 * One department hands its set-up to another: an invented province, Bình Lam, describes itself on a first start (its
 * settings, an instrument type of its own with its interval, another renamed, an edited month template) and downloads its profile; a
 * fresh installation refuses what is not a loadable profile without loading anything, then loads the file (settings,
 * vocabulary, template) and prints Bình Lam in its report's header. Each side has a database of its own, on H2 and on
 * PostgreSQL; the Bình Lam side of each database kind runs first and hands its file to the fresh side.
 */
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class DepartmentProfileTest {
    static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();
    static final String SOURCE = "khcn.test.database=department-profile-binh-lam";
    static final String FRESH = "khcn.test.database=department-profile-fresh";

    @Nested
    @Order(1)
    @SpringBootTest
    @AutoConfigureMockMvc
    @ContextConfiguration(initializers = DatabaseInitializers.FirstStartH2.class)
    @TestPropertySource(properties = SOURCE)
    class BinhLamOnH2 extends BinhLamContract {
        BinhLamOnH2() {
            super("h2");
        }
    }

    @Nested
    @Order(2)
    @SpringBootTest
    @AutoConfigureMockMvc
    @ContextConfiguration(initializers = DatabaseInitializers.FirstStartH2.class)
    @TestPropertySource(properties = FRESH)
    class FreshOnH2 extends FreshInstallationContract {
        FreshOnH2() {
            super("h2");
        }
    }

    @Nested
    @Order(3)
    @SpringBootTest
    @AutoConfigureMockMvc
    @ContextConfiguration(initializers = DatabaseInitializers.FirstStartPostgres.class)
    @TestPropertySource(properties = SOURCE)
    class BinhLamOnPostgres extends BinhLamContract {
        BinhLamOnPostgres() {
            super("postgres");
        }
    }

    @Nested
    @Order(4)
    @SpringBootTest
    @AutoConfigureMockMvc
    @ContextConfiguration(initializers = DatabaseInitializers.FirstStartPostgres.class)
    @TestPropertySource(properties = FRESH)
    class FreshOnPostgres extends FreshInstallationContract {
        FreshOnPostgres() {
            super("postgres");
        }
    }

    static final String EDITED = "- Về đo lường, thanh tra (theo mẫu đã sửa của Sở):";
    static final String[] DEMO_WORDS = {"Cao Bằng", "CAO BẰNG", "caobang"};

    /** The accounts a first start lacks: an administrator and an office clerk. */
    abstract static class Accounts {
        @Autowired
        MockMvc mvc;
        @Autowired
        UserAccounts accounts;
        @Autowired
        JsonMapper json;
        @Autowired
        vn.gov.khcn.identity.DepartmentUnits units;
        RequestPostProcessor admin;
        RequestPostProcessor office;
        final String database;

        Accounts(String database) {
            this.database = database;
        }

        @BeforeEach
        void accounts() {
            CurrentUser.runAsSystem(() -> {
                if (accounts.find("quantri").isEmpty()) {
                    accounts.create("quantri", "Quản trị", Role.ADMIN, null, "mat-khau-2026", false);
                    accounts.create("vanthu", "Văn thư", Role.OFFICE, Unit.OFFICE, "mat-khau-2026", false);
                }
            });
            admin = user(accounts.loadUserByUsername("quantri"));
            office = user(accounts.loadUserByUsername("vanthu"));
        }
    }

    /** The instrument type of {@code code} in a profile's parts, or null. */
    static JsonNode entry(JsonNode parts, String code) {
        for (JsonNode e : parts.path("vocabularies").path("INSTRUMENT_TYPE")) {
            if (e.path("code").asString().equals(code)) {
                return e;
            }
        }
        return null;
    }

    abstract static class BinhLamContract extends Accounts {
        @Autowired
        ReportSettings settings;
        @Autowired
        Vocabularies vocabularies;
        @Autowired
        ReportTemplates templates;
        @Autowired
        vn.gov.khcn.geography.Geography geography;

        BinhLamContract(String database) {
            super(database);
        }

        @Test
        void binhLamDescribesItselfAndDownloadsItsProfile() throws Exception {
            CurrentUser.runAsSystem(() -> {
                settings.update(new SettingsCommand(14, "Bình Lam", "UBND TỈNH BÌNH LAM", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "skhcn.binhlam.gov.vn",
                        "Lò Văn Lam", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Thực hiện chế độ báo cáo định kỳ, Sở Khoa học và Công nghệ tỉnh Bình Lam",
                        "UBND tỉnh Bình Lam\nBộ Khoa học và Công nghệ", "BC-SKHCN", "Lam Sơn", settings.get().version()));
                vocabularies.add(VocabularyCommand.of(VocabularyList.INSTRUMENT_TYPE, "NONG_DO_CON", "Phương tiện đo nồng độ cồn", null, 12));
                VocabularyEntry meter = vocabularies.find(VocabularyList.INSTRUMENT_TYPE, "CONG_TO_DIEN").orElseThrow();
                vocabularies.change(meter.id(), new VocabularyCommand(meter.list(), meter.code(), "Công tơ điện xoay chiều", meter.position(), false,
                        null, meter.intervalMonths(), meter.version(), "Tên theo danh mục của tỉnh"));
                geography.recordDistrict(vn.gov.khcn.geography.DistrictCommand.of("901", "Lam Hà", java.time.LocalDate.of(2025, 6, 30)));
                geography.recordCommune(vn.gov.khcn.geography.CommuneCommand.of("90101", "Lam Sơn", vn.gov.khcn.geography.CommuneKind.WARD,
                        java.time.LocalDate.of(2025, 7, 1), "Lam Hà"));
                String month = ReportTemplates.defaultSource(ReportKind.MONTH);
                assertThat(month).contains("- Về công tác đo lường, thanh tra, kiểm tra, an toàn bức xạ và sở hữu trí tuệ trong tháng:");
                templates.update(ReportKind.MONTH, month.replace(
                        "- Về công tác đo lường, thanh tra, kiểm tra, an toàn bức xạ và sở hữu trí tuệ trong tháng:", EDITED), -1);
                units.add(new vn.gov.khcn.identity.UnitCommand("DIGITAL", "Phòng Chuyển đổi số", "Phòng CĐS", 65, false, List.of("outreach"), null));
            });

            mvc.perform(get("/admin/profile/file").with(office)).andExpect(status().isForbidden());
            mvc.perform(get("/api/profile").with(office)).andExpect(status().isForbidden());
            String page = mvc.perform(get("/admin/profile").with(admin)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains("Hồ sơ thiết lập của Sở").contains("ho-so-thiet-lap-binh-lam.json")
                    .contains("Thiết lập của Sở").contains("Danh mục dùng chung").contains("Mẫu báo cáo")
                    .contains("Sở đã thiết lập xong: hồ sơ chỉ nạp được vào bản cài đặt mới");
            var res = mvc.perform(get("/admin/profile/file").with(admin)).andExpect(status().isOk()).andReturn().getResponse();
            assertThat(res.getHeader("Content-Disposition")).contains("ho-so-thiet-lap-binh-lam.json");
            byte[] file = res.getContentAsByteArray();
            JsonNode profile = json.readTree(file);
            assertThat(profile.path("format").asString()).isEqualTo("khcn-department-profile");
            assertThat(profile.path("formatVersion").asInt()).isEqualTo(1);
            assertThat(profile.path("exportedAt").asString()).isNotBlank();
            assertThat(profile.path("department").asString()).contains("UBND TỈNH BÌNH LAM");
            JsonNode parts = profile.path("parts");
            assertThat(parts.propertyNames()).containsExactly("settings", "units", "vocabularies", "geography", "templates");
            JsonNode digital = null;
            for (JsonNode u : parts.path("units")) {
                if (u.path("code").asString().equals("DIGITAL")) {
                    digital = u;
                }
            }
            assertThat(digital).as("the unit Bình Lam added").isNotNull();
            assertThat(digital.path("name").asString()).isEqualTo("Phòng Chuyển đổi số");
            assertThat(digital.path("position").asInt()).isEqualTo(65);
            assertThat(digital.path("registers").get(0).asString()).isEqualTo("outreach");
            assertThat(parts.path("units").size()).as("the seven units and Bình Lam's").isEqualTo(8);
            assertThat(parts.path("geography").path("formerDistricts").get(0).path("name").asString()).isEqualTo("Lam Hà");
            assertThat(parts.path("geography").path("communes").get(0).path("formerDistricts").get(0).asString()).isEqualTo("Lam Hà");
            assertThat(parts.path("settings").path("province").asString()).isEqualTo("Bình Lam");
            assertThat(parts.path("settings").path("signerTitle").asString()).isEqualTo("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC");
            assertThat(parts.path("settings").path("cutOffDay").asInt()).isEqualTo(14);
            JsonNode alcohol = entry(parts, "NONG_DO_CON");
            assertThat(alcohol).as("the instrument type Bình Lam added").isNotNull();
            assertThat(alcohol.path("label").asString()).isEqualTo("Phương tiện đo nồng độ cồn");
            assertThat(alcohol.path("intervalMonths").asInt()).isEqualTo(12);
            assertThat(entry(parts, "CONG_TO_DIEN").path("label").asString()).isEqualTo("Công tơ điện xoay chiều");
            assertThat(parts.path("vocabularies").path("TASK_RATING").size()).as("every vocabulary, with all its entries").isPositive();
            // only the kinds the department edited: the others keep reading the receiving release's default
            assertThat(parts.path("templates").propertyNames()).containsExactly("month");
            assertThat(parts.path("templates").path("month").asString()).contains(EDITED);

            JsonNode api = json.readTree(mvc.perform(get("/api/profile").with(admin)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsByteArray());
            assertThat(api.path("parts")).isEqualTo(parts);
            FILES.put(database, file);
            // the org chart as the migration seeds it again: other tests of this run read the demo's ownership
            CurrentUser.runAsSystem(() -> {
                units.assign("outreach", "OFFICE");
                units.change("DIGITAL", new vn.gov.khcn.identity.UnitCommand(null, null, null, null, true, null, units.get("DIGITAL").version()));
            });
        }
    }

    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    abstract static class FreshInstallationContract extends Accounts {
        @Autowired
        ReportSettings settings;
        @Autowired
        Vocabularies vocabularies;
        @Autowired
        ReportTemplates templates;
        @Autowired
        ReportEngine engine;
        @Autowired
        DepartmentProfiles profiles;
        @Autowired
        AuditTrail audit;
        @Autowired
        vn.gov.khcn.geography.Geography geography;

        FreshInstallationContract(String database) {
            super(database);
        }

        byte[] binhLam() {
            byte[] file = FILES.get(database);
            assertThat(file).as("the profile Bình Lam downloaded (its side of DepartmentProfileTest runs first)").isNotNull();
            return file;
        }

        byte[] changed(java.util.function.Consumer<ObjectNode> change) {
            ObjectNode root = (ObjectNode) json.readTree(binhLam());
            change.accept(root);
            return json.writeValueAsBytes(root);
        }

        DomainException refused(byte[] file) {
            return CurrentUser.runAsSystem(() -> {
                try {
                    profiles.load(file);
                } catch (DomainException e) {
                    return e;
                }
                throw new AssertionError("the profile was loaded");
            });
        }

        void nothingLoaded() {
            DepartmentSettings s = settings.get();
            assertThat(s.complete()).isFalse();
            assertThat(s.province()).isEmpty();
            assertThat(vocabularies.find(VocabularyList.INSTRUMENT_TYPE, "NONG_DO_CON")).isEmpty();
            assertThat(vocabularies.find(VocabularyList.INSTRUMENT_TYPE, "CONG_TO_DIEN").orElseThrow().label()).isEqualTo("Công tơ điện");
            assertThat(templates.get(ReportKind.MONTH).version()).as("the month template is still the default").isEqualTo(-1);
            assertThat(geography.communes()).isEmpty();
        }

        @Test
        @Order(1)
        void whatIsNotALoadableProfileIsRefusedAndNothingIsLoaded() throws Exception {
            nothingLoaded();
            assertThat(refused("{\"tinh\":\"Bình Lam\"}".getBytes(StandardCharsets.UTF_8)).getMessage())
                    .contains("Tệp này không phải hồ sơ thiết lập của KHCN").endsWith("Không phần nào được nạp.");
            assertThat(refused("ma,ten\n1,Công tơ".getBytes(StandardCharsets.UTF_8)).getMessage()).contains("không phải hồ sơ thiết lập");
            assertThat(refused(changed(r -> r.put("formatVersion", 2))).getMessage())
                    .contains("phiên bản KHCN mới hơn (định dạng 2)").contains("đọc được định dạng 1").endsWith("Không phần nào được nạp.");
            assertThat(refused(changed(r -> ((ObjectNode) r.path("parts")).putObject("thoiTiet"))).getMessage())
                    .contains("phần mà phiên bản KHCN này không biết: thoiTiet").endsWith("Không phần nào được nạp.");
            // a bad vocabulary entry after good settings: the settings are not kept either
            byte[] badInterval = changed(r -> {
                for (JsonNode e : r.path("parts").path("vocabularies").path("INSTRUMENT_TYPE")) {
                    if (e.path("code").asString().equals("NONG_DO_CON")) {
                        ((ObjectNode) e).put("intervalMonths", 0);
                    }
                }
            });
            assertThat(refused(badInterval).getMessage()).startsWith("Phần Danh mục dùng chung của hồ sơ: danh mục loại phương tiện đo, mục thứ ")
                    .contains("Chu kỳ kiểm định (tháng)").endsWith("Không phần nào được nạp.");
            byte[] badTemplate = changed(r -> ((ObjectNode) r.path("parts").path("templates")).put("tuan", "x"));
            assertThat(refused(badTemplate).getMessage()).startsWith("Phần Mẫu báo cáo của hồ sơ: không có loại báo cáo \"tuan\"");
            nothingLoaded();

            // the same through the page and the API; a clerk may not load one
            String page = mvc.perform(multipart("/admin/profile").file(new MockMultipartFile("file", "ho-so.json", "application/json", badInterval))
                    .with(admin).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains("Phần Danh mục dùng chung của hồ sơ").contains("Không phần nào được nạp.").doesNotContain("Đã nạp hồ sơ");
            String problem = mvc.perform(post("/api/profile").with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(badInterval))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(problem).contains("urn:khcn:problem:invalid-input").contains("Không phần nào được nạp.");
            mvc.perform(post("/api/profile").with(office).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(binhLam()))
                    .andExpect(status().isForbidden());
            mvc.perform(multipart("/admin/profile").file(new MockMultipartFile("file", "ho-so.json", "application/json", binhLam()))
                    .with(office).with(csrf())).andExpect(status().isForbidden());
            nothingLoaded();
        }

        @Test
        @Order(2)
        void theFreshInstallationLoadsBinhLamsProfileAndItsReportPrintsBinhLam() throws Exception {
            // a first start leads an administrator to the set-up page, which offers the profile; the profile page is not led away
            String setup = mvc.perform(get("/setup").with(admin)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(setup).contains("href=\"/admin/profile\"");
            String form = mvc.perform(get("/admin/profile").with(admin)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(form).contains("<label>Tệp hồ sơ thiết lập (.json) <input type=\"file\" name=\"file\"")
                    .doesNotContain("Sở đã thiết lập xong");

            String page = mvc.perform(multipart("/admin/profile").file(new MockMultipartFile("file", "ho-so-thiet-lap-binh-lam.json",
                    "application/json", binhLam())).with(admin).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains("Đã nạp hồ sơ thiết lập").contains("Thiết lập của Sở: Tên tỉnh — Bình Lam")
                    .contains("Danh mục dùng chung: thêm vào loại phương tiện đo &quot;Phương tiện đo nồng độ cồn&quot;, chu kỳ 12 tháng")
                    .contains("Danh mục dùng chung: đổi trong loại phương tiện đo &quot;Công tơ điện&quot; thành &quot;Công tơ điện xoay chiều&quot;")
                    .contains("Mẫu báo cáo: Báo cáo tháng")
                    .contains("Sơ đồ tổ chức (đơn vị, sổ mỗi đơn vị giữ): thêm đơn vị &quot;Phòng Chuyển đổi số&quot;")
                    .contains("Sơ đồ tổ chức (đơn vị, sổ mỗi đơn vị giữ): giao sổ &quot;thông tin, truyền thông&quot; cho Phòng Chuyển đổi số")
                    .contains("Địa giới hành chính: thêm Phường Lam Sơn");
            assertThat(geography.findCommune("90101").orElseThrow().formerDistricts()).containsExactly("Lam Hà");
            assertThat(units.keeperOf("outreach")).isEqualTo(vn.gov.khcn.shared.Unit.valueOf("DIGITAL"));
            assertThat(units.get("DIGITAL").shortName()).isEqualTo("Phòng CĐS");
            assertThat(units.get("DIGITAL").position()).isEqualTo(65);

            DepartmentSettings s = settings.get();
            assertThat(s.complete()).isTrue();
            assertThat(List.of(s.province(), s.parentBody(), s.department(), s.symbol(), s.place(), s.signerTitle(), s.signerName(),
                    s.recipients(), s.site(), s.legalBasis())).containsExactly("Bình Lam", "UBND TỈNH BÌNH LAM", "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
                    "BC-SKHCN", "Lam Sơn", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Lò Văn Lam", "UBND tỉnh Bình Lam\nBộ Khoa học và Công nghệ",
                    "skhcn.binhlam.gov.vn", "Thực hiện chế độ báo cáo định kỳ, Sở Khoa học và Công nghệ tỉnh Bình Lam");
            assertThat(s.cutOffDay()).isEqualTo(14);
            VocabularyEntry alcohol = vocabularies.find(VocabularyList.INSTRUMENT_TYPE, "NONG_DO_CON").orElseThrow();
            assertThat(alcohol.label()).isEqualTo("Phương tiện đo nồng độ cồn");
            assertThat(alcohol.intervalMonths()).isEqualTo(12);
            assertThat(alcohol.retired()).isFalse();
            assertThat(audit.history("vocabularyEntry", alcohol.id())).extracting(AuditTrail.AuditEntry::reason)
                    .containsExactly("Nạp từ hồ sơ thiết lập");
            VocabularyEntry meter = vocabularies.find(VocabularyList.INSTRUMENT_TYPE, "CONG_TO_DIEN").orElseThrow();
            assertThat(meter.label()).isEqualTo("Công tơ điện xoay chiều");
            assertThat(audit.history("vocabularyEntry", meter.id())).extracting(AuditTrail.AuditEntry::reason)
                    .contains("Nạp từ hồ sơ thiết lập");
            assertThat(templates.get(ReportKind.MONTH).source()).contains(EDITED);
            assertThat(templates.get(ReportKind.YEAR).version()).as("a kind Bình Lam never edited keeps the default").isEqualTo(-1);

            ReportEngine.View v = CurrentUser.runAsSystem(() -> engine.view(ReportKind.MONTH, YearMonth.of(2026, 3)));
            String html = engine.html(v);
            assertThat(html).contains("UBND TỈNH BÌNH LAM").contains("/BC-SKHCN").contains("Lam Sơn, ngày").contains("Lò Văn Lam");
            assertThat(v.rendered().plainText()).contains(EDITED);
            for (String w : DEMO_WORDS) {
                assertThat(html).as("a word of the demo: " + w).doesNotContain(w);
            }
            CurrentUser.runAsSystem(() -> units.assign("outreach", "OFFICE"));
        }

        @Test
        @Order(3)
        void aDepartmentThatHasDescribedItselfRefusesAProfile() throws Exception {
            assertThat(settings.get().complete()).isTrue();
            int version = settings.get().version();
            assertThat(refused(binhLam()).getMessage()).contains("Sở đã thiết lập xong nên không nạp hồ sơ thiết lập");
            String problem = mvc.perform(post("/api/profile").with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(binhLam()))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(problem).contains("Sở đã thiết lập xong");
            assertThat(settings.get().version()).isEqualTo(version);
        }
    }
}
