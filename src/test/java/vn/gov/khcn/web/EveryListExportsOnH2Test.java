package vn.gov.khcn.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.gov.khcn.testing.OnH2;

/**
 * "Anything they see in a list they can take out to Excel": every page of the application (a GET route without
 * path variables, answering HTML) that shows a table of records offers "Xuất XLSX" and "Xuất CSV", and both links
 * answer a file. Pages that show no list of records are named here, so a new list page cannot forget its export.
 */
@OnH2
class EveryListExportsOnH2Test {
    /**
     * Pages without a list of records: forms, the home page, settings, the exchange page itself, an overview, the
     * indicator codes a plan may name.
     */
    static final Set<String> NOT_LISTS = Set.of("/", "/login", "/registers", "/exchange", "/reports/settings", "/centre",
            "/technology", "/admin/users/new", "/swagger-ui.html", "/setup", "/plans/indicators",
            "/calendar");

    @Autowired
    WebApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    @WithUserDetails("admin")
    void everyListPageOffersItsExportAndTheLinksGiveFiles() throws Exception {
        List<String> checked = new ArrayList<>();
        TreeSet<String> without = new TreeSet<>();
        for (String path : pages()) {
            MvcResult r = mvc.perform(get(path)).andReturn();
            String type = r.getResponse().getContentType();
            if (r.getResponse().getStatus() != 200 || type == null || !type.startsWith("text/html") || NOT_LISTS.contains(path)) {
                continue;
            }
            String html = r.getResponse().getContentAsString();
            if (!html.contains("<table")) {
                continue;
            }
            checked.add(path);
            if (!html.contains("Xuất XLSX") || !html.contains("Xuất CSV")) {
                without.add(path);
                continue;
            }
            for (String link : exportLinks(html)) {
                MvcResult file = mvc.perform(get(link)).andReturn();
                assertThat(file.getResponse().getStatus()).as(path + " → " + link).isEqualTo(200);
                assertThat(file.getResponse().getContentType()).as(link).containsAnyOf("spreadsheetml", "text/csv");
            }
        }
        assertThat(without).as("list pages without an export").isEmpty();
        assertThat(checked).as("list pages found").hasSizeGreaterThan(25);
    }

    private List<String> pages() {
        TreeSet<String> out = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (String p : info.getPatternValues()) {
                if (!p.contains("{") && !p.startsWith("/api") && !p.startsWith("/v3") && !p.endsWith("/new") && !p.equals("/error")) {
                    out.add(p);
                }
            }
        }
        return List.copyOf(out);
    }

    private static List<String> exportLinks(String html) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"([^\"]*)\"[^>]*>Xuất (XLSX|CSV)").matcher(html);
        while (m.find()) {
            out.add(m.group(1).replace("&amp;", "&"));
        }
        return out;
    }
}
