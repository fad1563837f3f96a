package vn.gov.khcn.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.testing.Concurrently;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;

/** The outreach register: one record per identity under concurrency, versions required, If-Match, access, the API's errors, lists. */
class OutreachRegisterTest {
    @Nested
    @OnH2
    class OnEmbeddedDatabase extends OutreachRegisterContract {
    }

    @Nested
    @OnPostgres
    class OnPostgreSql extends OutreachRegisterContract {
    }
}

abstract class OutreachRegisterContract {
    private static final String SITE = "khcn.example.gov.vn";
    @Autowired
    Outreach outreach;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    private static String unique(String s) {
        return s + " " + UUID.randomUUID();
    }

    @Test
    void twentyClerksSavingTheSamePostAtOnceStoreItOnce() {
        String title = unique("Hội thảo ứng dụng KH&CN");
        List<Concurrently.Outcome<OutreachItem>> outcomes = Concurrently.run(20, accounts.loadUserByUsername("vanphong"),
                n -> outreach.record(OutreachCommand.of(Channel.NEWS_POST, title, LocalDate.of(2024, 3, 8), SITE, null, null, null)));
        assertThat(outcomes).filteredOn(Concurrently.Outcome::ok).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.ok()).hasSize(19)
                .allSatisfy(o -> assertThat(o.error()).isInstanceOf(DomainException.class).hasMessageContaining("Đã có"));
        assertThat(jdbc.sql("select count(*) from outreach_item where title = :t").param("t", title).query(Long.class).single()).isOne();
    }

    @Test
    @WithUserDetails("vanphong")
    void aChangeWithoutTheVersionItWasMadeFromIsRefusedAndAStaleOneShowsTheRecordNow() throws Exception {
        OutreachItem item = outreach.record(OutreachCommand.of(Channel.BROADCAST, unique("Chuyên mục"), LocalDate.of(2024, 4, 2), null,
                "Đài PT-TH tỉnh", null, null));
        String body = "{\"channel\":\"BROADCAST\",\"title\":\"" + item.title() + " (sửa)\",\"publishedOn\":\"2024-04-02\",\"station\":\"Đài PT-TH tỉnh\"";
        mvc.perform(put("/api/outreach/" + item.id()).with(httpBasic("vanphong", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(body + "}"))
                .andExpect(status().isPreconditionRequired())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", Matchers.containsString("phiên bản")));
        mvc.perform(put("/api/outreach/" + item.id()).with(httpBasic("vanphong", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(body + ",\"version\":" + (item.version() + 5) + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.current.title").value(item.title()));
        assertThat(outreach.get(item.id()).title()).isEqualTo(item.title());
    }

    @Test
    @WithUserDetails("vanphong")
    void theApiNamesTheVersionAsAnETagAndTakesItBackAsIfMatch() throws Exception {
        OutreachItem item = outreach.record(OutreachCommand.of(Channel.BROADCAST, unique("Chuyên mục"), LocalDate.of(2024, 5, 6), null,
                "Đài PT-TH tỉnh", null, null));
        mvc.perform(get("/api/outreach/" + item.id()).with(httpBasic("vanphong", "demo")))
                .andExpect(header().string("ETag", "\"" + item.version() + "\""));
        mvc.perform(put("/api/outreach/" + item.id()).with(httpBasic("vanphong", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", "\"" + item.version() + "\"")
                        .content("{\"channel\":\"BROADCAST\",\"title\":\"" + item.title() + " (sửa)\",\"publishedOn\":\"2024-05-06\","
                                + "\"station\":\"Đài PT-TH tỉnh\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"" + (item.version() + 1) + "\""));
        assertThat(outreach.get(item.id()).title()).endsWith("(sửa)");
    }

    @Test
    @WithUserDetails("vanphong")
    void theOfficeRecordsABroadcastWithItsStation() {
        OutreachItem item = outreach.record(OutreachCommand.of(Channel.BROADCAST, unique("Chuyên mục"), LocalDate.of(2024, 2, 10), null,
                "Đài PT-TH tỉnh", null, null));
        assertThat(item.station()).isEqualTo("Đài PT-TH tỉnh");
        assertThat(item.place()).isEqualTo("Đài PT-TH tỉnh");
        assertThat(item.site()).isNull();
    }

    @Test
    @WithUserDetails("trungtam")
    void centreStaffCannotRecordOutreach() {
        assertThatThrownBy(() -> outreach.record(OutreachCommand.of(Channel.NEWS_POST, unique("Tin"), LocalDate.of(2024, 1, 5), SITE, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theApiNamesTheFieldOfABadIssueNumber() throws Exception {
        mvc.perform(post("/api/outreach").with(httpBasic("vanphong", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channel\":\"BULLETIN\",\"title\":\"Tài liệu\",\"issueNo\":\"số ba\",\"copies\":100}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("issueNo"))
                .andExpect(jsonPath("$.detail", Matchers.containsString("1/2021")));
    }

    @Test
    void bulletinsAreListedDraftsFirstThenNewestAndTheListPageCountsThePosts() throws Exception {
        assertThat(outreach.search(new OutreachQuery(Channel.BULLETIN, "Tài liệu Thông tin KH&CN số", null), 0, 20).items())
                .extracting(OutreachItem::issueNo).containsExactly("3/2021", "2/2021", "1/2021");
        long posts = outreach.search(new OutreachQuery(Channel.NEWS_POST, null, null), 0, 1).total();
        assertThat(posts).isGreaterThanOrEqualTo(219);
        mvc.perform(get("/outreach").param("channel", "NEWS_POST").with(user("giamdoc").roles("DIRECTOR")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(Formats.number(posts) + " bản ghi")));
        mvc.perform(get("/outreach").param("channel", "BULLETIN").with(user("giamdoc").roles("DIRECTOR"))).andExpect(status().isOk());
    }
}
