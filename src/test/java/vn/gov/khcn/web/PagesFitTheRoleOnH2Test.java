package vn.gov.khcn.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.web.ErrorResponses;
import vn.gov.khcn.testing.OnH2;

/**
 * Pages offer only what the signed-in user may do, by the one rule the services enforce ({@code @can}): a viewer walks
 * every register and record page without an add, save or import control; a unit's staff see "add" on their own unit's
 * registers only; a refusal says what was not allowed.
 */
@OnH2
class PagesFitTheRoleOnH2Test {
    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#?]*)(\\?[^\"]*)?\"");
    @Autowired
    WebApplicationContext context;
    @Autowired
    UserDetailsService users;
    MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    MockHttpServletResponse as(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(users.loadUserByUsername(username)))).andReturn().getResponse();
    }

    String page(String username, String path) throws Exception {
        MockHttpServletResponse r = as(username, get(path));
        if (r.getStatus() == 302 && r.getRedirectedUrl() != null && r.getRedirectedUrl().startsWith("/")) {
            r = as(username, get(r.getRedirectedUrl()));
        }
        assertThat(r.getStatus()).as(path).isEqualTo(200);
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    static List<String> links(String html, String prefix) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = HREF.matcher(html);
        while (m.find()) {
            if (m.group(1).startsWith(prefix)) {
                out.add(m.group(1));
            }
        }
        return new ArrayList<>(out);
    }

    static void assertNoWriteControls(String path, String html) {
        assertThat(html).as(path).doesNotContainPattern("href=\"[^\"]*/new[\"?]").doesNotContain(">Lưu</button>")
                .doesNotContain(">Thêm</button>").doesNotContain("action=\"/exchange/import\"").doesNotContain("/edit\">Sửa thông tin</a>")
                .doesNotContain(">Ghi nhận sự kiện<");
    }

    @Test
    void aViewerWalksEveryRegisterAndRecordPageWithoutAnAddSaveOrImportControl() throws Exception {
        List<String> lists = new ArrayList<>(links(page("xem", "/registers"), "/"));
        lists.addAll(List.of("/tasks", "/documents", "/organisations", "/exchange", "/due", "/"));
        int records = 0;
        for (String list : lists) {
            if (list.startsWith("/exchange/export") || list.startsWith("/audit") || list.startsWith("/reports")
                    || list.equals("/logout") || list.startsWith("/css") || list.startsWith("/js")) {
                continue;
            }
            String html = page("xem", list);
            assertNoWriteControls(list, html);
            // the first record of the list, read-only
            for (String record : links(html, list.equals("/") ? "/nothing" : list + "/")) {
                if (record.matches(".*/\\d+$")) {
                    String r = page("xem", record);
                    assertNoWriteControls(record, r);
                    records++;
                    break;
                }
            }
        }
        assertThat(records).isGreaterThan(15);
        // a form reached directly shows read-only and says why
        String form = page("xem", "/outreach/new");
        assertThat(form).contains("Tài khoản của bạn chỉ xem: không thêm, sửa hồ sơ.").contains("<fieldset class=\"plain\" disabled");
        assertNoWriteControls("/outreach/new", form);
    }

    @Test
    void aUnitsStaffSeeAddOnlyOnTheirOwnUnitsRegisters() throws Exception {
        assertThat(page("trungtam", "/centre/lots")).contains("href=\"/centre/lots/new\"");
        assertThat(page("trungtam", "/technology/appraisals")).doesNotContain("href=\"/technology/appraisals/new\"");
        assertThat(page("qlcn", "/technology/appraisals")).contains("href=\"/technology/appraisals/new\"");
        assertThat(page("trungtam", "/outreach")).doesNotContain("href=\"/outreach/new\"");
        assertThat(page("trungtam", "/tasks")).doesNotContain("href=\"/tasks/new\"");
        assertThat(page("qlkh", "/tasks")).contains("href=\"/tasks/new\"");
        String task = links(page("qlkh", "/tasks"), "/tasks/").stream().filter(l -> l.matches("/tasks/\\d+")).findFirst().orElseThrow();
        assertThat(page("qlkh", task)).contains(">Ghi nhận sự kiện<");
        assertThat(page("trungtam", task)).doesNotContain(">Ghi nhận sự kiện<").doesNotContain("/corrections");
        // another unit's form reached directly names the unit whose records they are
        String other = page("trungtam", "/technology/appraisals/new");
        assertThat(other).contains("Bạn không có quyền sửa hồ sơ của " + Unit.TECHNOLOGY.label() + " (sổ công nghệ và sở hữu trí tuệ): Trung tâm Ứng dụng tiến bộ KH")
                .contains(" không giữ sổ này.").doesNotContain(">Lưu</button>");
        assertThat(page("qlcn", "/technology/appraisals/new")).contains(">Lưu</button>").doesNotContain("Bạn không có quyền");
    }

    @Test
    void aRefusalSaysWhetherReadingOrWritingWasRefused() throws Exception {
        var write = mvc.perform(post("/outreach").with(csrf()).param("title", "Tin thử").with(user(users.loadUserByUsername("xem"))))
                .andReturn();
        assertThat(write.getResponse().getStatus()).isEqualTo(403);
        assertThat(write.getRequest().getAttribute(ErrorResponses.DETAIL))
                .isEqualTo("Bạn không có quyền thêm, sửa hồ sơ: tài khoản của bạn chỉ được xem.");
        var read = mvc.perform(get("/admin/users").with(user(users.loadUserByUsername("trungtam")))).andReturn();
        assertThat(read.getResponse().getStatus()).isEqualTo(403);
        assertThat(read.getRequest().getAttribute(ErrorResponses.DETAIL)).isEqualTo("Bạn không có quyền xem trang này.");
        // a unit's staff posting to another unit's register: the service names the unit
        var other = as("trungtam", post("/technology/appraisals").with(csrf()).param("projectName", "Dự án thử").param("givenOn", "2021-05-04"));
        assertThat(other.getStatus()).isEqualTo(403);
        assertThat(other.getContentAsString(StandardCharsets.UTF_8)).contains("Bạn không có quyền sửa hồ sơ của " + Unit.TECHNOLOGY.label() + " (sổ công nghệ và sở hữu trí tuệ): Trung tâm Ứng dụng tiến bộ KH")
                .contains(" không giữ sổ này.");
        // a refused form token keeps the general answer
        var token = mvc.perform(post("/outreach").with(user(users.loadUserByUsername("vanphong")))).andReturn();
        assertThat(token.getResponse().getStatus()).isEqualTo(403);
        assertThat(token.getRequest().getAttribute(ErrorResponses.DETAIL)).isNull();
    }
}
