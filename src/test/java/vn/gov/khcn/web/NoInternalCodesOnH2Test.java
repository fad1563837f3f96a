package vn.gov.khcn.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;
import vn.gov.khcn.reporting.IndicatorCatalogue;
import vn.gov.khcn.testing.DatabaseInitializers;

/**
 * No internal code in front of users: every page reachable from the menu, the home page and the registers (each list
 * and its first record, the audit trail, the reports and the calendar), walked as every demo account, shows in its
 * visible text no enum constant of the application (ACCEPTED, NEWS_POST…), no indicator code (tasks.accepted), no
 * ISO month (2021-09) and no template syntax ({…}). On a database of its own with only the demo data (other tests'
 * reports and templates are theirs). What a user types is theirs: inputs, text areas and the syntax a
 * page shows as such ({@code <code>}) are not read; typed text shown as a value (the audit trail's before and after,
 * {@code <del>}/{@code <ins>}) is read without the figures written in it. File formats (XLSX, CSV…) are words.
 */
@SpringBootTest
@ContextConfiguration(initializers = DatabaseInitializers.IsolatedH2.class)
class NoInternalCodesOnH2Test {
    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#?]*)(\\?[^\"]*)?\"");
    static final List<String> ACCOUNTS = List.of("xem", "giamdoc", "vanphong", "qlkh", "qlcn", "tdc", "thanhtra", "trungtam", "admin");
    static final Pattern ISO_MONTH = Pattern.compile("(?<![\\d-])(19|20)\\d\\d-(0[1-9]|1[0-2])(?![\\d-])");
    static final Pattern TEMPLATE = Pattern.compile("\\$?\\{[^}\\s]*[a-zA-Z][^}]*}");
    static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_.]*[A-Za-z0-9]");
    @Autowired
    WebApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    IndicatorCatalogue catalogue;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    /** Every enum constant of the application with an underscore or of four letters or more. */
    static Set<String> enumNames() throws Exception {
        var scan = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition d) {
                return true;
            }
        };
        scan.addIncludeFilter(new AssignableTypeFilter(Enum.class));
        Set<String> names = new TreeSet<>();
        for (var d : scan.findCandidateComponents("vn.gov.khcn")) {
            Class<?> c = Class.forName(d.getBeanClassName());
            if (c.isEnum()) {
                for (Object o : c.getEnumConstants()) {
                    String n = ((Enum<?>) o).name();
                    if (n.contains("_") || n.length() >= 4) {
                        names.add(n);
                    }
                }
            }
        }
        return names;
    }

    /** The text a reader sees: no markup, scripts, styles, form values or text areas; entities decoded. */
    static String visibleText(String html) {
        String t = html.replaceAll("(?s)<textarea.*?</textarea>", " ").replaceAll("(?s)<code>.*?</code>", " ")
                .replaceAll("(?s)(<(del|ins)>)(.*?)(</(del|ins)>)", "$1" + "\u0000" + "$3" + "\u0000" + "$4")
                .replaceAll("(?s)<script.*?</script>", " ")
                .replaceAll("(?s)<style.*?</style>", " ").replaceAll("(?s)<!--.*?-->", " ").replaceAll("(?s)<[^>]*>", " ");
        // typed text: its figures ({…}) and footnotes (^{detail: …}) are the user's, not the page's
        StringBuilder out = new StringBuilder();
        String[] parts = HtmlUtils.htmlUnescape(t).split("\u0000", -1);
        for (int i = 0; i < parts.length; i++) {
            out.append(i % 2 == 1 ? parts[i].replaceAll("\\^?\\{[^}]*}", " ") : parts[i]).append(' ');
        }
        return out.toString().replaceAll("\\s+", " ");
    }

    static final Set<String> WORDS = Set.of("XLSX", "CSV", "DOCX", "PDF", "HTML", "JSON");

    static List<String> findings(String text, Set<String> enums, Set<String> codes) {
        List<String> out = new ArrayList<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            String word = w.group();
            if (!WORDS.contains(word) && (enums.contains(word) || codes.contains(word))) {
                out.add(word);
            }
        }
        Matcher m = ISO_MONTH.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        Matcher t = TEMPLATE.matcher(text);
        while (t.find()) {
            out.add(t.group());
        }
        return out;
    }

    String page(String username, String path) throws Exception {
        MockHttpServletResponse r = mvc.perform(get(path).with(user(users.loadUserByUsername(username)))).andReturn().getResponse();
        if (r.getStatus() != 200 || r.getContentType() == null || !r.getContentType().startsWith("text/html")) {
            return null;
        }
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    static List<String> links(String html, String prefix) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = HREF.matcher(html);
        while (m.find()) {
            if (m.group(1).startsWith(prefix)) {
                out.add(m.group(1) + (m.group(2) == null ? "" : HtmlUtils.htmlUnescape(m.group(2))));
            }
        }
        return new ArrayList<>(out);
    }

    static boolean skipped(String path) {
        return path.startsWith("/exchange/export") || path.startsWith("/exchange/templates") || path.equals("/logout")
                || path.startsWith("/css") || path.startsWith("/js") || path.startsWith("/charts/") || path.contains("export=")
                || path.matches(".*\\.(docx|pdf|json|html|xlsx|csv)$") || path.startsWith("/swagger") || path.startsWith("/v3/")
                // the vocabulary pages show each entry's code beside its label: the code is what they keep
                || path.startsWith("/vocabularies");
    }

    @Test
    void noPageShowsAnInternalCodeToAnyDemoAccount() throws Exception {
        // the codes of enums and of the vocabularies kept as data (task levels, inspection fields, channels…)
        Set<String> enums = enumNames();
        jdbc.sql("select code from vocabulary_entry").query(String.class).list().stream().filter(n -> n.contains("_") || n.length() >= 4)
                .forEach(enums::add);
        Set<String> codes = new TreeSet<>(catalogue.all().keySet());
        assertThat(enums).contains("ACCEPTED", "NEWS_POST", "DRAFT", "PROVINCIAL", "MEASUREMENT");
        List<String> found = new ArrayList<>();
        int pages = 0;
        for (String who : ACCOUNTS) {
            String home = page(who, "/");
            Set<String> lists = new LinkedHashSet<>(links(home, "/"));
            String registers = page(who, "/registers");
            if (registers != null) {
                lists.addAll(links(registers, "/"));
            }
            lists.addAll(List.of("/calendar?year=2021", "/reports", "/audit", "/due"));
            Set<String> seen = new LinkedHashSet<>();
            for (String list : lists) {
                if (skipped(list) || !seen.add(list)) {
                    continue;
                }
                String html = page(who, list);
                if (html == null) {
                    continue;
                }
                pages++;
                findings(visibleText(html), enums, codes).forEach(f -> found.add(who + " " + list + ": " + f));
                String base = list.contains("?") ? list.substring(0, list.indexOf('?')) : list;
                for (String record : links(html, base.equals("/") ? "/nothing" : base + "/")) {
                    if (record.matches(".*/\\d+$") && seen.add(record)) {
                        String r = page(who, record);
                        if (r != null) {
                            pages++;
                            findings(visibleText(r), enums, codes).forEach(f -> found.add(who + " " + record + ": " + f));
                        }
                        break;
                    }
                }
            }
        }
        assertThat(pages).isGreaterThan(200);
        assertThat(new TreeSet<>(found)).isEmpty();
    }

    @Test
    void theScanFindsWhatItLooksFor() {
        Set<String> enums = Set.of("ACCEPTED", "NEWS_POST");
        Set<String> codes = Set.of("tasks.accepted");
        String text = visibleText("<p>Trạng thái ACCEPTED, NEWS_POST; chỉ tiêu tasks.accepted kỳ 2021-09 {drafting.inProgress@ytd}</p>"
                + "<textarea>{ok@ytd}</textarea><input value=\"2021-09\"><p>ngày 2021-09-17, UBND TỈNH CAO BẰNG, khcncaobang.gov.vn, Xuất XLSX</p>"
                + "<code>{…}</code><ins>đạt {tasks.accepted@ytd} ^{detail: Quyết định} NEWS_POST</ins>");
        assertThat(findings(text, enums, codes)).containsExactly("ACCEPTED", "NEWS_POST", "tasks.accepted", "NEWS_POST", "2021-09",
                "{drafting.inProgress@ytd}");
    }
}
