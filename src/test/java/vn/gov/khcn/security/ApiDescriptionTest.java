package vn.gov.khcn.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.testing.DatabaseInitializers;

/**
 * The OpenAPI description names the application, its version and both ways to sign in, lists the report endpoints
 * (create, list, each format, figures with their records, the workflow) and the settings, and gives every operation
 * its problem-detail answers; the report endpoints it lists answer what it says.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = DatabaseInitializers.IsolatedH2.class)
class ApiDescriptionTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JsonMapper json;

    private JsonNode get(String url, String username) throws Exception {
        MockHttpServletResponse res = mvc.perform(MockMvcRequestBuilders.get(url).with(user(accounts.loadUserByUsername(username))))
                .andReturn().getResponse();
        assertThat(res.getStatus()).as(url).isEqualTo(200);
        return json.readTree(res.getContentAsString());
    }

    @Test
    void describesTheApplicationItsSignInsTheReportEndpointsAndTheirErrors() throws Exception {
        JsonNode api = get("/v3/api-docs", "xem");
        assertThat(api.path("info").path("title").asString()).isEqualTo("KHCN — API");
        assertThat(api.path("info").path("version").asString()).matches("\\d+\\.\\d+\\.\\d+.*");
        JsonNode schemes = api.path("components").path("securitySchemes");
        assertThat(schemes.path("session").path("type").asString()).isEqualTo("apiKey");
        assertThat(schemes.path("session").path("in").asString()).isEqualTo("cookie");
        assertThat(schemes.path("session").path("name").asString()).isEqualTo("SESSION");
        assertThat(schemes.path("basic").path("scheme").asString()).isEqualTo("basic");

        JsonNode paths = api.path("paths");
        List<String> expected = List.of("get /api/reports", "post /api/reports", "get /api/reports/{id}", "get /api/reports/{id}/document.{format}",
                "get /api/reports/{id}/figures", "get /api/reports/{id}/figures/{code}", "get /api/reports/{id}/findings",
                "get /api/reports/{id}/history", "post /api/reports/{id}/submit", "post /api/reports/{id}/approve",
                "post /api/reports/{id}/return", "post /api/reports/{id}/issue", "get /api/settings", "put /api/settings");
        for (String e : expected) {
            String[] mp = e.split(" ");
            assertThat(paths.path(mp[1]).has(mp[0])).as(e).isTrue();
        }
        List<String> withoutProblems = new ArrayList<>();
        paths.properties().forEach(p -> p.getValue().properties().forEach(op -> {
            for (String status : List.of("401", "403")) {
                if (!op.getValue().path("responses").path(status).path("content").has("application/problem+json")) {
                    withoutProblems.add(op.getKey() + " " + p.getKey() + " " + status);
                }
            }
            assertThat(op.getValue().path("tags").get(0).asString()).as(p.getKey()).doesNotEndWith("-api");
        }));
        assertThat(withoutProblems).isEmpty();
        assertThat(api.path("components").path("schemas").path("Problem").path("properties").path("type").path("enum").toString())
                .contains("urn:khcn:problem:forbidden", "urn:khcn:problem:not-signed-in");
    }

    @Test
    void theReportEndpointsAnswerWithTheReportsTheirFiguresAndTheRecordsBehindThem() throws Exception {
        JsonNode list = get("/api/reports?year=2021", "xem");
        assertThat(list.isArray()).isTrue();
        JsonNode september = null;
        for (JsonNode r : list) {
            assertThat(r.path("period").asString()).startsWith("2021-");
            if (r.path("period").asString().equals("2021-09")) {
                september = r;
            }
        }
        assertThat(september).as("the seed report of September 2021").isNotNull();
        long id = september.path("id").asLong();

        JsonNode figures = get("/api/reports/" + id + "/figures", "xem");
        JsonNode counted = null;
        for (JsonNode f : figures) {
            if (f.path("recordCount").asInt() > 0) {
                counted = f;
                break;
            }
        }
        assertThat(counted).as("a figure that counts records").isNotNull();
        JsonNode one = get("/api/reports/" + id + "/figures/" + counted.path("code").asString() + "?period=" + counted.path("period").asString(), "xem");
        assertThat(one.path("figure")).isEqualTo(counted);
        assertThat(one.path("records").size()).isEqualTo(counted.path("recordCount").asInt());

        MockHttpServletResponse file = mvc.perform(MockMvcRequestBuilders.get("/api/reports/" + id + "/document.json")
                .with(user(accounts.loadUserByUsername("xem")))).andReturn().getResponse();
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getHeader("Content-Disposition")).contains("bao-cao-").contains(".json");
        assertThat(json.readTree(file.getContentAsByteArray()).toString()).contains(counted.path("code").asString());
        MockHttpServletResponse html = mvc.perform(MockMvcRequestBuilders.get("/api/reports/" + id + "/document.html")
                .with(user(accounts.loadUserByUsername("xem")))).andReturn().getResponse();
        assertThat(html.getStatus()).isEqualTo(200);
        assertThat(html.getContentAsString()).contains("BÁO CÁO");

        MockHttpServletResponse odt = mvc.perform(MockMvcRequestBuilders.get("/api/reports/" + id + "/document.odt")
                .with(user(accounts.loadUserByUsername("xem")))).andReturn().getResponse();
        assertThat(odt.getStatus()).isEqualTo(400);
        assertThat(ProblemResponses.check("document.odt", "/api/reports/" + id + "/document.odt", odt)).isNull();
        MockHttpServletResponse badKind = mvc.perform(MockMvcRequestBuilders.get("/api/reports?kind=weekly")
                .with(user(accounts.loadUserByUsername("xem")))).andReturn().getResponse();
        assertThat(badKind.getStatus()).isEqualTo(400);
        assertThat(badKind.getContentAsString()).contains("urn:khcn:problem:invalid-input").contains("weekly");
    }
}
