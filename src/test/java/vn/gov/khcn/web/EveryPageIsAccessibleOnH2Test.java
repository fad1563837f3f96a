package vn.gov.khcn.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.gov.khcn.testing.OnH2;

/**
 * Every page works from the keyboard and a screen reader: walked as the administrator (who sees every control) —
 * the home page, each list reachable from it and from the registers, its first record and the record's own pages
 * (forms of events, councils, budget…), each list's "add" form — its first focusable element is the skip link
 * "Bỏ qua, đến nội dung chính" to {@code #main}, its {@code <main>} is {@code id="main"}, the menu marks the page's item
 * ({@code aria-current="page"}), and every input, select and text area has a label: a {@code <label for>} of its id, a
 * label around it, or an {@code aria-label}/{@code aria-labelledby}.
 */
@OnH2
class EveryPageIsAccessibleOnH2Test {
    static final String SKIP = "<a class=\"skip-link\" href=\"#main\">Bỏ qua, đến nội dung chính</a>";
    private static final Pattern TAG = Pattern.compile("<(/?)(label|input|select|textarea|button|a)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOCUSABLE = Pattern.compile("<(a\\s[^>]*href=|button\\b|select\\b|textarea\\b|input\\b(?![^>]*type=\"hidden\")"
            + "|[a-z]+\\s[^>]*tabindex=\"0\")[^>]*>", Pattern.CASE_INSENSITIVE);
    @Autowired
    WebApplicationContext context;
    @Autowired
    UserDetailsService users;
    MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    String page(String path) throws Exception {
        MockHttpServletResponse r = mvc.perform(get(path).with(user(users.loadUserByUsername("admin")))).andReturn().getResponse();
        if (r.getStatus() != 200 || r.getContentType() == null || !r.getContentType().startsWith("text/html")) {
            return null;
        }
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    static String attr(String attrs, String name) {
        Matcher m = Pattern.compile("(?:^|\\s)" + name + "=\"([^\"]*)\"").matcher(attrs);
        return m.find() ? m.group(1) : null;
    }

    /** The form fields of a page without a label, each as its tag; hidden inputs and buttons need none. */
    static List<String> unlabelled(String html) {
        Set<String> labelFor = new HashSet<>();
        Matcher l = Pattern.compile("<label\\b[^>]*\\sfor=\"([^\"]+)\"").matcher(html);
        while (l.find()) {
            labelFor.add(l.group(1));
        }
        List<String> out = new ArrayList<>();
        int openLabels = 0;
        Matcher t = TAG.matcher(html.replaceAll("(?s)<!--.*?-->", ""));
        while (t.find()) {
            String name = t.group(2).toLowerCase();
            String attrs = t.group(3);
            if (name.equals("label")) {
                openLabels += t.group(1).isEmpty() ? 1 : -1;
                continue;
            }
            if (!t.group(1).isEmpty() || name.equals("button") || name.equals("a")) {
                continue;
            }
            String type = attr(attrs, "type");
            if (name.equals("input") && type != null && List.of("hidden", "submit", "button", "reset", "image").contains(type)) {
                continue;
            }
            String id = attr(attrs, "id");
            boolean labelled = openLabels > 0 || attr(attrs, "aria-label") != null || attr(attrs, "aria-labelledby") != null
                    || (id != null && labelFor.contains(id));
            if (!labelled) {
                out.add(t.group());
            }
        }
        return out;
    }

    /** What is wrong with a page's skip link: missing, not the first focusable element, or no {@code main#main}. */
    static List<String> skipLinkProblems(String html) {
        List<String> out = new ArrayList<>();
        int body = html.indexOf("<body");
        Matcher f = FOCUSABLE.matcher(html);
        if (body < 0 || !f.find(body)) {
            out.add("no focusable element");
        } else if (!html.startsWith(SKIP, f.start())) {
            out.add("first focusable element is " + f.group() + ", not the skip link");
        }
        if (!Pattern.compile("<main\\b[^>]*\\sid=\"main\"").matcher(html).find()) {
            out.add("no <main id=\"main\">");
        }
        return out;
    }

    @Test
    void everyPageStartsWithTheSkipLinkAndLabelsEveryField() throws Exception {
        String home = page("/");
        Set<String> lists = new LinkedHashSet<>(NoInternalCodesOnH2Test.links(home, "/"));
        lists.addAll(NoInternalCodesOnH2Test.links(page("/registers"), "/"));
        lists.addAll(List.of("/calendar?year=2021", "/reports", "/audit", "/due", "/setup", "/admin/users", "/exchange"));
        Set<String> seen = new LinkedHashSet<>();
        List<String> found = new ArrayList<>();
        List<String> queue = new ArrayList<>();
        for (String list : lists) {
            if (NoInternalCodesOnH2Test.skipped(list) || !seen.add(list)) {
                continue;
            }
            String html = page(list);
            if (html == null) {
                continue;
            }
            check(list, html, found);
            String base = list.contains("?") ? list.substring(0, list.indexOf('?')) : list;
            if (base.equals("/")) {
                continue;
            }
            List<String> under = NoInternalCodesOnH2Test.links(html, base + "/");
            under.stream().filter(p -> p.endsWith("/new")).forEach(queue::add);
            under.stream().filter(p -> p.matches(".*/\\d+$")).findFirst().ifPresent(record -> {
                queue.add(record);
                try {
                    String r = page(record);
                    if (r != null) {
                        // the record's own pages: its event, council and budget forms…
                        NoInternalCodesOnH2Test.links(r, record + "/").stream().filter(p -> !p.matches(".*\\.(docx|pdf|xlsx|csv)$"))
                                .forEach(queue::add);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        int pages = seen.size();
        for (String p : queue) {
            if (NoInternalCodesOnH2Test.skipped(p) || !seen.add(p)) {
                continue;
            }
            String html = page(p);
            if (html != null) {
                pages++;
                check(p, html, found);
            }
        }
        assertThat(new TreeSet<>(found)).isEmpty();
        assertThat(pages).isGreaterThan(70);
        assertThat(seen).contains("/tasks", "/documents", "/organisations");
        assertThat(seen.stream().anyMatch(p -> p.matches("/tasks/\\d+/events/new"))).as("a task's event form is walked").isTrue();
    }

    private void check(String path, String html, List<String> found) {
        skipLinkProblems(html).forEach(p -> found.add(path + ": " + p));
        unlabelled(html).forEach(f -> found.add(path + ": unlabelled " + f));
    }

    @Test
    void theMenuMarksThePageItBelongsTo() throws Exception {
        assertThat(page("/tasks")).contains("href=\"/tasks\" aria-current=\"page\"");
        assertThat(page("/documents")).contains("href=\"/documents\" aria-current=\"page\"").doesNotContain("href=\"/tasks\" aria-current");
        assertThat(page("/drafts")).contains("href=\"/registers\" aria-current=\"page\"");
        assertThat(page("/").split("aria-current=\"page\"", -1)).hasSize(2);
    }

    @Test
    void theSignInPageStartsWithTheSkipLinkToo() throws Exception {
        String html = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(skipLinkProblems(html)).isEmpty();
        assertThat(unlabelled(html)).isEmpty();
    }

    @Test
    void theChecksFindWhatTheyLookFor() {
        String html = "<html><body>" + SKIP + "<main id=\"main\"><label>Tên <input name=\"a\"></label>"
                + "<label for=\"b\">B</label><input id=\"b\" name=\"b\"><input type=\"hidden\" name=\"c\">"
                + "<input name=\"d\" aria-label=\"D\"><select name=\"e\"></select><textarea name=\"f\"></textarea><button>Lưu</button></main>";
        assertThat(unlabelled(html)).containsExactly("<select name=\"e\">", "<textarea name=\"f\">");
        assertThat(skipLinkProblems(html)).isEmpty();
        assertThat(skipLinkProblems("<body><a href=\"/\">KHCN</a>" + SKIP + "<main>")).hasSize(2);
    }
}
