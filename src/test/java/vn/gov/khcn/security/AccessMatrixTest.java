package vn.gov.khcn.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.testing.DatabaseInitializers;

/**
 * Walks every web route and API endpoint of the application as every role and checks the access
 * matrix of docs/security.md. A route missing from the table fails the test (with the row to add).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = DatabaseInitializers.IsolatedH2.class)
public class AccessMatrixTest {
    static final List<String> COLUMNS = List.of("ADMIN", "DIRECTOR", "OFFICE", "UNIT_OWN", "UNIT_OTHER", "VIEWER", "ANONYMOUS");
    static final Map<Unit, String> UNIT_USERS = Map.of(Unit.SCIENCE, "qlkh", Unit.TECHNOLOGY, "qlcn", Unit.TDC, "tdc",
            Unit.INSPECTORATE, "thanhtra", Unit.CENTRE, "trungtam", Unit.OFFICE, "vanphong", Unit.DIRECTORATE, "giamdoc");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    public record Row(String method, String path, Unit owner, Map<String, Boolean> allowed) {
    }

    /** The rows of docs/security.md's access matrix, by "METHOD /path". */
    public static Map<String, Row> matrix() throws Exception {
        Map<String, Row> rows = new LinkedHashMap<>();
        boolean in = false;
        for (String line : Files.readAllLines(Path.of("docs/security.md"))) {
            if (line.contains("access-matrix:start")) {
                in = true;
                continue;
            }
            if (line.contains("access-matrix:end")) {
                break;
            }
            if (!in || !line.startsWith("| ") || line.startsWith("| method") || line.startsWith("| ---")) {
                continue;
            }
            String[] c = line.split("\\|");
            // | method | path | owner | ADMIN | DIRECTOR | OFFICE | own | other | VIEWER | anonymous | what |
            String method = c[1].strip();
            String path = c[2].strip().replace("`", "");
            String owner = c[3].strip();
            Map<String, Boolean> allowed = new LinkedHashMap<>();
            for (int i = 0; i < COLUMNS.size(); i++) {
                // ✓ allowed; ◐ allowed for records of the user's own unit, which the input names (so an empty
                // input is refused by validation, not by access); ✗ refused
                allowed.put(COLUMNS.get(i), !c[4 + i].strip().equals("✗"));
            }
            rows.put(method + " " + path, new Row(method, path, owner.equals("—") ? null : Unit.valueOf(owner), allowed));
        }
        return rows;
    }

    List<String[]> routes() {
        List<String[]> routes = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add(new String[] {"GET", pattern});
                } else {
                    for (RequestMethod m : methods) {
                        routes.add(new String[] {m.name(), pattern});
                    }
                }
            }
        }
        return routes;
    }

    @Test
    void everyRouteAsEveryRoleMatchesTheTable() throws Exception {
        Map<String, Row> matrix = matrix();
        TreeSet<String> missing = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        List<String> notProblems = new ArrayList<>();
        int checks = 0;
        int apiErrors = 0;
        for (String[] route : routes()) {
            if (route[1].equals("/error")) {
                continue; // reached only by the container's error forward, never by a client
            }
            Row row = matrix.get(route[0] + " " + route[1]);
            if (row == null) {
                missing.add("| " + route[0] + " | `" + route[1] + "` | — | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | ✗ | |");
                continue;
            }
            // refusals first: an allowed write may change or remove the record the others would be refused on
            List<String> order = new ArrayList<>(COLUMNS);
            order.sort(java.util.Comparator.comparing(row.allowed()::get));
            for (String column : order) {
                MockHttpServletResponse res = perform(row, column);
                checks++;
                String request = row.method() + " " + row.path() + " as " + column;
                String notProblem = ProblemResponses.check(request, url(row), res);
                if (notProblem != null) {
                    notProblems.add(notProblem);
                }
                if (url(row).startsWith("/api/") && res.getStatus() >= 400) {
                    apiErrors++;
                }
                boolean refused = refused(res, column);
                boolean expected = row.allowed().get(column);
                if (expected == refused || res.getStatus() >= 500) {
                    wrong.add(row.method() + " " + row.path() + " as " + column + ": expected " + (expected ? "allowed" : "refused")
                            + ", got " + res.getStatus() + (res.getRedirectedUrl() == null ? "" : " → " + res.getRedirectedUrl()));
                }
            }
        }
        System.out.println("Access matrix: " + routes().size() + " routes × " + COLUMNS.size() + " roles = " + checks + " checks; "
                + apiErrors + " API error answers, " + (apiErrors - notProblems.size()) + " of them Vietnamese problem details");
        org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();
        soft.assertThat(missing).as("routes missing from docs/security.md").isEmpty();
        soft.assertThat(wrong).as("access different from docs/security.md").isEmpty();
        soft.assertThat(notProblems).as("API errors that are not Vietnamese problem details").isEmpty();
        soft.assertAll();
    }

    /**
     * The refusals the matrix does not reach, through the real security filters: no sign-in, a wrong password over
     * HTTP Basic, a session's change without its CSRF token, a read-only account's change. Each is a Vietnamese
     * problem detail of its own kind.
     */
    @Test
    void apiRefusalsAreVietnameseProblemDetailsOfTheirKind() throws Exception {
        var viewer = user(accounts.loadUserByUsername("xem"));
        var office = user(accounts.loadUserByUsername("vanphong"));
        record Case(String what, MockHttpServletRequestBuilder request, int status, String type, String detail) {
        }
        List<Case> cases = List.of(
                new Case("no sign-in", MockMvcRequestBuilders.get("/api/reports"), 401, "not-signed-in", "Cần đăng nhập"),
                new Case("wrong password", MockMvcRequestBuilders.get("/api/reports")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic("xem", "sai-mat-khau")),
                        401, "not-signed-in", "mật khẩu không đúng"),
                new Case("unknown account", MockMvcRequestBuilders.get("/api/settings")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic("khong-co-ai", "x")),
                        401, "not-signed-in", "mật khẩu không đúng"),
                new Case("session change without CSRF token", MockMvcRequestBuilders.post("/api/organisations").with(office)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"), 403, "form-token-refused", "CSRF"),
                new Case("viewer's change", MockMvcRequestBuilders.post("/api/organisations").with(viewer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"), 403, "forbidden", "chỉ được xem"),
                new Case("viewer's report step", MockMvcRequestBuilders.post("/api/reports/1/approve").with(viewer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"), 403, "forbidden", "không có quyền"));
        org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();
        for (Case c : cases) {
            MockHttpServletResponse res = mvc.perform(c.request()).andReturn().getResponse();
            String url = c.request().buildRequest(new org.springframework.mock.web.MockServletContext()).getRequestURI();
            soft.assertThat(res.getStatus()).as(c.what()).isEqualTo(c.status());
            soft.assertThat(ProblemResponses.check(c.what(), url, res)).as(c.what()).isNull();
            soft.assertThat(res.getContentAsString()).as(c.what()).contains("\"type\":\"urn:khcn:problem:" + c.type() + "\"").contains(c.detail());
        }
        soft.assertAll();
    }

    private static boolean refused(MockHttpServletResponse res, String column) {
        if (res.getStatus() == 401 || res.getStatus() == 403) {
            return true;
        }
        String to = res.getRedirectedUrl();
        return column.equals("ANONYMOUS") && to != null && to.contains("/login");
    }

    private static String url(Row row) {
        return row.path().replaceAll("(?i)\\{[^}]*id[^}]*}", "1").replaceAll("\\{username}", "xem")
                .replaceAll("\\{[^}]+}", "x").replace("/**", "/x");
    }

    private MockHttpServletResponse perform(Row row, String column) throws Exception {
        String url = url(row);
        MockHttpServletRequestBuilder req = MockMvcRequestBuilders.request(HttpMethod.valueOf(row.method()), url);
        if (!row.method().equals("GET")) {
            req = req.with(csrf());
            if (url.startsWith("/api/")) {
                req = req.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
        }
        String username = switch (column) {
            case "ADMIN" -> "admin";
            case "DIRECTOR" -> "giamdoc";
            case "OFFICE" -> "vanphong";
            case "UNIT_OWN" -> UNIT_USERS.get(row.owner() == null ? Unit.SCIENCE : row.owner());
            case "UNIT_OTHER" -> row.owner() == Unit.SCIENCE || row.owner() == null ? "qlcn" : "qlkh";
            case "VIEWER" -> "xem";
            default -> null;
        };
        if (username != null) {
            req = req.with(user(accounts.loadUserByUsername(username)));
        }
        return mvc.perform(req).andReturn().getResponse();
    }
}
