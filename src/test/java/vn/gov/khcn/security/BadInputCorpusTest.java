package vn.gov.khcn.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.testing.DatabaseInitializers;

/**
 * The bad-input corpus: every API endpoint that takes a JSON body (found in the OpenAPI description)
 * gets, field by field, empty, overlong (10,000 characters), wrongly typed, out-of-range (years 0 and
 * 9999, negative and huge numbers), decomposed-Unicode, script-injection and SQL-looking values; every
 * web form gets the same values in all its fields at once. None may answer 500; a refusal carries a
 * Vietnamese message without a stack trace or SQL; what is stored verbatim is shown escaped.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = DatabaseInitializers.IsolatedH2.class)
class BadInputCorpusTest {
    static final String SCRIPT = "<script>alert('x')</script>";
    static final String SQL = "'; drop table task; --";
    static final String LONG = "x".repeat(10_000);
    static final String NFD = Normalizer.normalize("Hà thủ ô đỏ Đông Khê", Normalizer.Form.NFD);

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JsonMapper json;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** An answer; {@code notProblem} says what is wrong when an API error is not a Vietnamese problem detail. */
    record Outcome(String request, int status, String body, String notProblem) {
        Outcome(String request, int status, String body) {
            this(request, status, body, null);
        }
    }

    @Test
    void noBadValueGivesA500AndRefusalsAreClearVietnamese() throws Exception {
        UserDetails admin = accounts.loadUserByUsername("admin");
        JsonNode api = json.readTree(mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs").with(user(admin)))
                .andReturn().getResponse().getContentAsString());
        JsonNode schemas = api.path("components").path("schemas");
        List<Outcome> outcomes = new ArrayList<>();
        Set<String> formFields = new LinkedHashSet<>();
        int endpoints = 0;

        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").properties().iterator(); paths.hasNext(); ) {
            var path = paths.next();
            for (String method : List.of("post", "put")) {
                JsonNode op = path.getValue().get(method);
                if (op == null) {
                    continue;
                }
                JsonNode schema = op.path("requestBody").path("content").path("application/json").path("schema");
                Map<String, JsonNode> props = properties(schema, schemas);
                if (props.isEmpty()) {
                    continue;
                }
                endpoints++;
                formFields.addAll(props.keySet());
                String url = path.getKey().replaceAll("\\{[^}]+}", "1");
                for (var field : props.entrySet()) {
                    for (Object bad : badValues(field.getValue())) {
                        ObjectNode body = baseline(props);
                        body.putPOJO(field.getKey(), bad);
                        outcomes.add(send(admin, HttpMethod.valueOf(method.toUpperCase()), url, MediaType.APPLICATION_JSON,
                                json.writeValueAsString(body), null, field.getKey() + "=" + abbreviate(bad)));
                    }
                }
            }
        }

        int forms = 0;
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            if (!info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/") || pattern.startsWith("/login") || pattern.startsWith("/logout")) {
                    continue;
                }
                forms++;
                String url = pattern.replaceAll("(?i)\\{[^}]*id[^}:]*(:[^}]*)?}", "1").replaceAll("\\{username}", "xem")
                        .replaceAll("\\{kind}", "nine-months").replaceAll("\\{[^}]+}", "x");
                for (String bad : List.of("", LONG, SCRIPT, SQL, NFD, "0000-01-01", "9999-12-31", "-1", "abc")) {
                    Map<String, String> fields = new LinkedHashMap<>();
                    formFields.forEach(f -> fields.put(f, bad));
                    outcomes.add(send(admin, HttpMethod.POST, url, MediaType.APPLICATION_FORM_URLENCODED, null, fields,
                            "all fields=" + abbreviate(bad)));
                }
            }
        }

        List<String> failures = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (o.status() >= 500) {
                failures.add(o.request() + " → " + o.status());
            } else if (o.status() == 400 && (o.body().contains("Exception") || o.body().contains("SQL") || o.body().contains("at vn.gov"))) {
                failures.add(o.request() + " → leaks internals: " + abbreviate(o.body()));
            } else if (o.notProblem() != null) {
                failures.add(o.notProblem());
            }
        }
        System.out.printf("Bad-input corpus: %d API endpoints and %d forms, %d requests, %d refused with a message "
                + "(%d API refusals, each a Vietnamese problem detail), %d stored%n",
                endpoints, forms, outcomes.size(), outcomes.stream().filter(o -> o.status() >= 400).count(),
                outcomes.stream().filter(o -> o.status() >= 400 && o.request().contains(" /api/")).count(),
                outcomes.stream().filter(o -> o.status() < 400).count());
        assertThat(failures).isEmpty();
        assertThat(endpoints).isGreaterThan(40);
    }

    /**
     * Requests bad at the edges rather than in a field: control characters in an uploaded file's name, a body past
     * the size limit, the error address visited directly, unknown addresses. Each is refused with its own status
     * and a Vietnamese message, none with a 500.
     */
    @Test
    void edgesAreRefusedWithTheirStatusAndAVietnameseMessage() throws Exception {
        UserDetails admin = accounts.loadUserByUsername("admin");
        List<Outcome> outcomes = new ArrayList<>();
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (String name : List.of("nul\u0000.csv", "bell\u0007.csv", "esc\u001b.xlsx", "cr\r.csv", "lf\n.csv", "tab\t.csv", "del\u007f.csv",
                "c1\u0085.csv")) {
            var req = MockMvcRequestBuilders.multipart("/exchange/import")
                    .file(new org.springframework.mock.web.MockMultipartFile("file", name, "text/csv", "x\n".getBytes()))
                    .with(user(admin)).with(csrf());
            MockHttpServletResponse res = mvc.perform(req).andReturn().getResponse();
            String what = "upload named " + abbreviate(name.replaceAll("\\p{Cntrl}", "?"));
            outcomes.add(new Outcome(what, res.getStatus(), res.getContentAsString()));
            expected.put(what, 400);
        }
        for (int mb : List.of(3, 10)) {
            MockHttpServletResponse res = mvc.perform(MockMvcRequestBuilders.post("/api/organisations").with(user(admin)).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + "x".repeat(mb * 1024 * 1024) + "\"}"))
                    .andReturn().getResponse();
            outcomes.add(new Outcome("JSON of " + mb + " MB", res.getStatus(), res.getContentAsString(),
                    ProblemResponses.check("JSON of " + mb + " MB", "/api/organisations", res)));
            expected.put("JSON of " + mb + " MB", 413);
        }
        for (String accept : List.of("text/html", "application/json")) {
            MockHttpServletResponse res = mvc.perform(MockMvcRequestBuilders.get("/error").header("Accept", accept)).andReturn().getResponse();
            outcomes.add(new Outcome("GET /error as anonymous, " + accept, res.getStatus(), res.getContentAsString()));
            expected.put("GET /error as anonymous, " + accept, 404);
        }
        List<String> failures = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (o.notProblem() != null) {
                failures.add(o.notProblem());
            }
            if (o.status() != expected.get(o.request())) {
                failures.add(o.request() + " → " + o.status() + ", expected " + expected.get(o.request()));
            } else if (o.status() != 413 && !o.body().matches("(?s).*[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ].*")) {
                failures.add(o.request() + " → no Vietnamese message: " + abbreviate(o.body()));
            } else if (o.body().contains("Exception") || o.body().contains("at vn.gov")) {
                failures.add(o.request() + " → leaks internals: " + abbreviate(o.body()));
            }
        }
        System.out.printf("Bad-input corpus, edges: %d requests (control characters in file names, bodies over 2 MB, /error), "
                + "%d answered as expected%n", outcomes.size(), outcomes.size() - failures.size());
        assertThat(failures).isEmpty();
    }

    /**
     * Every update endpoint of the API (a {@code PUT} taking a JSON body) refuses a body without the version its
     * sender read: 428, and nothing is written. None overwrites blindly, and none takes a body without a version.
     */
    @Test
    void everyUpdateRefusesABodyWithoutTheVersionItRead() throws Exception {
        UserDetails admin = accounts.loadUserByUsername("admin");
        JsonNode api = json.readTree(mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs").with(user(admin)))
                .andReturn().getResponse().getContentAsString());
        JsonNode schemas = api.path("components").path("schemas");
        List<String> failures = new ArrayList<>();
        int updates = 0;
        int refused = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").properties().iterator(); paths.hasNext(); ) {
            var path = paths.next();
            JsonNode op = path.getValue().get("put");
            if (op == null) {
                continue;
            }
            Map<String, JsonNode> props = properties(op.path("requestBody").path("content").path("application/json").path("schema"), schemas);
            if (props.isEmpty()) {
                continue;
            }
            updates++;
            if (!props.containsKey("version")) {
                failures.add("PUT " + path.getKey() + " takes no version");
                continue;
            }
            String url = existing(admin, path.getKey());
            ObjectNode body = baseline(props);
            body.remove("version");
            Outcome o = send(admin, HttpMethod.PUT, url, MediaType.APPLICATION_JSON, json.writeValueAsString(body), null, "without version");
            if (o.status() == 428) {
                refused++;
            } else {
                failures.add(o.request() + " → " + o.status());
            }
        }
        System.out.printf("Updates without a version: %d API update endpoints, %d refused with 428%n", updates, refused);
        assertThat(failures).isEmpty();
        assertThat(updates).isGreaterThan(25);
    }

    /** The path with each {id} replaced by the id of a record its list shows (the first), so the update finds a record. */
    private String existing(UserDetails who, String pattern) throws Exception {
        StringBuilder url = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{[^}]+}").matcher(pattern);
        int from = 0;
        while (m.find()) {
            url.append(pattern, from, m.start());
            url.append(firstId(who, url.toString(), m.group().equals("{code}") ? "code" : "id"));
            from = m.end();
        }
        return url.append(pattern.substring(from)).toString();
    }

    private String firstId(UserDetails who, String listUrl, String key) throws Exception {
        // a record named by its code (a unit) is looked up in its list; a record by id keeps the first id's default
        String from = key.equals("code") && listUrl.endsWith("/") ? listUrl.substring(0, listUrl.length() - 1) : listUrl;
        MockHttpServletResponse res = mvc.perform(MockMvcRequestBuilders.get(from).with(user(who))).andReturn().getResponse();
        if (res.getStatus() == 200 && res.getContentType() != null && res.getContentType().contains("json")) {
            JsonNode list = json.readTree(res.getContentAsString());
            JsonNode items = list.isArray() ? list : list.path("items");
            if (items.isArray() && !items.isEmpty() && items.get(0).has(key)) {
                return items.get(0).get(key).asString();
            }
        }
        return "1";
    }

    @Test
    void storedScriptIsShownEscaped() throws Exception {
        UserDetails admin = accounts.loadUserByUsername("admin");
        mvc.perform(MockMvcRequestBuilders.post("/api/organisations").with(user(admin)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + SCRIPT.replace("'", "\\u0027") + "\",\"kind\":\"OTHER\"}"));
        String page = mvc.perform(MockMvcRequestBuilders.get("/organisations").param("q", "script").with(user(admin)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("&lt;script&gt;").doesNotContain(SCRIPT);
    }

    private Outcome send(UserDetails who, HttpMethod method, String url, MediaType type, String body, Map<String, String> form,
                         String what) throws Exception {
        MockHttpServletRequestBuilder req = MockMvcRequestBuilders.request(method, url).with(user(who)).with(csrf()).contentType(type);
        if (body != null) {
            req = req.content(body);
        }
        if (form != null) {
            for (var e : form.entrySet()) {
                req = req.param(e.getKey(), e.getValue());
            }
        }
        MockHttpServletResponse res = mvc.perform(req).andReturn().getResponse();
        String request = method + " " + url + " " + what;
        return new Outcome(request, res.getStatus(), res.getContentAsString(), ProblemResponses.check(request, url, res));
    }

    private Map<String, JsonNode> properties(JsonNode schema, JsonNode schemas) {
        JsonNode s = resolve(schema, schemas);
        Map<String, JsonNode> props = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").properties().iterator(); it.hasNext(); ) {
            var e = it.next();
            props.put(e.getKey(), resolve(e.getValue(), schemas));
        }
        return props;
    }

    private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        JsonNode s = schema;
        while (s.has("$ref")) {
            String ref = s.get("$ref").asString();
            s = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return s;
    }

    private ObjectNode baseline(Map<String, JsonNode> props) {
        ObjectNode o = json.createObjectNode();
        props.forEach((k, p) -> o.putPOJO(k, plausible(p)));
        return o;
    }

    private static Object plausible(JsonNode p) {
        if (p.has("enum")) {
            return p.get("enum").get(0).asString();
        }
        String type = p.path("type").asString("string");
        String format = p.path("format").asString("");
        if (type.equals("string") && p.has("example")) {
            return p.get("example").asString(); // a code of data (a unit) the description gives a valid example of
        }
        return switch (type) {
            case "integer", "number" -> 1;
            case "boolean" -> false;
            case "array" -> List.of();
            case "object" -> Map.of();
            default -> format.equals("date") ? "2021-09-10" : "Giá trị thử";
        };
    }

    private static List<Object> badValues(JsonNode p) {
        String type = p.path("type").asString("string");
        String format = p.path("format").asString("");
        List<Object> v = new ArrayList<>(List.of("", LONG, SCRIPT, SQL, NFD, Map.of("x", 1)));
        switch (type) {
            case "integer", "number" -> v.addAll(List.of(-1, -1_000_000_000_000L, Long.MAX_VALUE, "abc", 1.5));
            case "array" -> v.addAll(List.of(List.of(-1), List.of("abc")));
            default -> {
                if (format.equals("date")) {
                    v.addAll(List.of("0000-01-01", "9999-12-31", "2021-02-31", "31/12/2021"));
                }
            }
        }
        if (p.has("enum")) {
            v.add("KHONG_CO_GIA_TRI_NAY");
        }
        return v;
    }

    private static String abbreviate(Object o) {
        String s = String.valueOf(o);
        return s.length() > 60 ? s.substring(0, 60) + "…(" + s.length() + ")" : s;
    }
}
