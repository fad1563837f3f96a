package vn.gov.khcn.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.testing.DatabaseInitializers;

/**
 * The actuator on a department's server: the health summary is public and its details (database, disk space, PDF
 * converter) are for administrators and the monitoring account; the Prometheus metrics likewise; the monitoring
 * account opens nothing else. The request log names routes, never values.
 */
@SpringBootTest(properties = {"khcn.monitoring.username=giamsat", "khcn.monitoring.password=mat-khau-giam-sat",
        "logging.level.khcn.requests=INFO"})
@AutoConfigureMockMvc
@ContextConfiguration(initializers = DatabaseInitializers.IsolatedH2.class)
@ExtendWith(OutputCaptureExtension.class)
class MonitoringOnH2Test {
    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JsonMapper json;

    private MockHttpServletResponse get(MockHttpServletRequestBuilder r) throws Exception {
        return mvc.perform(r).andReturn().getResponse();
    }

    @Test
    void theHealthSummaryIsPublicAndItsDetailsAreNot() throws Exception {
        MockHttpServletResponse anonymous = get(MockMvcRequestBuilders.get("/actuator/health"));
        assertThat(anonymous.getStatus()).isEqualTo(200);
        JsonNode summary = json.readTree(anonymous.getContentAsString());
        assertThat(summary.path("status").asString()).isIn("UP", "DEGRADED");
        assertThat(summary.has("components")).isFalse();
        assertThat(json.readTree(get(MockMvcRequestBuilders.get("/actuator/health").with(user(accounts.loadUserByUsername("vanphong"))))
                .getContentAsString()).has("components")).as("an office account sees the summary only").isFalse();

        for (MockHttpServletRequestBuilder r : new MockHttpServletRequestBuilder[] {
                MockMvcRequestBuilders.get("/actuator/health").with(user(accounts.loadUserByUsername("admin"))),
                MockMvcRequestBuilders.get("/actuator/health").with(httpBasic("giamsat", "mat-khau-giam-sat"))}) {
            JsonNode health = json.readTree(get(r).getContentAsString());
            JsonNode components = health.path("components");
            assertThat(components.path("db").path("status").asString()).isEqualTo("UP");
            assertThat(components.path("db").path("details").path("database").asString()).isNotEmpty();
            assertThat(components.path("diskSpace").path("status").asString()).isEqualTo("UP");
            String pdf = components.path("pdfConverter").path("status").asString();
            assertThat(pdf).isIn("UP", "DEGRADED");
            // the summary is the worst of the parts: DEGRADED exactly when the PDF converter is missing
            assertThat(health.path("status").asString()).isEqualTo(pdf);
            assertThat(summary.path("status").asString()).isEqualTo(pdf);
        }
    }

    @Test
    void metricsAreForAdministratorsAndTheMonitoringAccountOnly() throws Exception {
        get(MockMvcRequestBuilders.get("/api/reports").with(user(accounts.loadUserByUsername("xem"))));
        MockHttpServletResponse scrape = get(MockMvcRequestBuilders.get("/actuator/prometheus").with(httpBasic("giamsat", "mat-khau-giam-sat")));
        assertThat(scrape.getStatus()).isEqualTo(200);
        assertThat(scrape.getContentType()).startsWith("text/plain");
        assertThat(scrape.getContentAsString()).contains("jvm_memory_used_bytes").contains("hikaricp_connections")
                .contains("http_server_requests_seconds_count").contains("uri=\"/api/reports\"");
        assertThat(scrape.getCookie("SESSION")).as("a scrape makes no session").isNull();
        assertThat(get(MockMvcRequestBuilders.get("/actuator/prometheus").with(user(accounts.loadUserByUsername("admin")))).getStatus()).isEqualTo(200);

        assertThat(get(MockMvcRequestBuilders.get("/actuator/prometheus")).getStatus()).isEqualTo(401);
        assertThat(get(MockMvcRequestBuilders.get("/actuator/prometheus").with(httpBasic("giamsat", "sai"))).getStatus()).isEqualTo(401);
        for (String who : new String[] {"vanphong", "giamdoc", "qlkh", "xem"}) {
            assertThat(get(MockMvcRequestBuilders.get("/actuator/prometheus").with(user(accounts.loadUserByUsername(who)))).getStatus())
                    .as(who).isEqualTo(403);
            assertThat(get(MockMvcRequestBuilders.get("/actuator/info").with(user(accounts.loadUserByUsername(who)))).getStatus())
                    .as(who).isEqualTo(403);
        }
        JsonNode info = json.readTree(get(MockMvcRequestBuilders.get("/actuator/info").with(httpBasic("giamsat", "mat-khau-giam-sat")))
                .getContentAsString());
        assertThat(info.path("app").path("version").asString()).matches("\\d+\\.\\d+\\.\\d+.*");

        // the monitoring account is no account of the application
        assertThat(get(MockMvcRequestBuilders.get("/api/reports").with(httpBasic("giamsat", "mat-khau-giam-sat"))).getStatus()).isEqualTo(401);
        assertThat(get(MockMvcRequestBuilders.get("/").with(httpBasic("giamsat", "mat-khau-giam-sat"))).getStatus()).isNotEqualTo(200);
    }

    @Test
    void theRequestLogNamesRoutesNotValues(CapturedOutput output) throws Exception {
        var admin = user(accounts.loadUserByUsername("admin"));
        get(MockMvcRequestBuilders.get("/api/organisations").param("q", "Nông Văn Dền").with(admin));
        get(MockMvcRequestBuilders.post("/admin/users/qlkh/enabled").param("enabled", "true").with(admin).with(csrf()));
        get(MockMvcRequestBuilders.get("/api/organisations/987654").with(admin));
        String log = output.getOut();
        assertThat(log).containsPattern("khcn\\.requests +: GET /api/organisations 200 \\d+ ms")
                .containsPattern("khcn\\.requests +: POST /admin/users/\\{username}/enabled 3\\d\\d \\d+ ms")
                .containsPattern("khcn\\.requests +: GET /api/organisations/\\{id} 404 \\d+ ms");
        assertThat(log).doesNotContain("Nông Văn Dền").doesNotContain("/admin/users/qlkh").doesNotContain("987654");
    }
}
