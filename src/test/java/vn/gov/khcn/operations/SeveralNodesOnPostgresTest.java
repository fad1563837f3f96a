package vn.gov.khcn.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import vn.gov.khcn.KhcnApplication;
import vn.gov.khcn.documents.Document;
import vn.gov.khcn.documents.DocumentType;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.documents.OutgoingDocument;
import vn.gov.khcn.exchange.ImportOutcome;
import vn.gov.khcn.exchange.Imports;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.identity.Role;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.testing.Concurrently;
import vn.gov.khcn.testing.TestDatabases;

/**
 * Two application servers on one PostgreSQL database, as two nodes behind a load balancer (docs/operations.md,
 * "Several nodes"): a user signs in on one and goes on, a change with the form token included, on the other; a node
 * restarted keeps the session; signing out on one node ends it on both. Outgoing numbers taken on both nodes at the
 * same moment are all distinct; the same file imported on both at the same moment is written once.
 */
class SeveralNodesOnPostgresTest {
    static final String USER = "vanthu.chung";
    static final String PASSWORD = "MatKhau-2026";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static String url;
    private static Path data;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void twoNodes() {
        url = TestDatabases.newPostgresDatabase();
        data = TestDatabases.newDataDir();
        // both at once, as two machines would start: Flyway migrates on one while the other waits for its lock. In one JVM
        // the two share Logback, whose set-up is not thread-safe (two at once threw ConcurrentModificationException): the
        // second starts as soon as the first has set its logging up, before the first's context (and Flyway) starts
        java.util.concurrent.CompletableFuture<ConfigurableApplicationContext> second = new java.util.concurrent.CompletableFuture<>();
        org.springframework.context.ApplicationListener<org.springframework.boot.context.event.ApplicationContextInitializedEvent> thenB =
                e -> java.util.concurrent.CompletableFuture.runAsync(() -> {
                    try {
                        second.complete(start("b"));
                    } catch (Throwable t) {
                        second.completeExceptionally(t);
                    }
                });
        a = start(List.of(thenB), "a");
        b = second.join();
        UserAccounts accounts = a.getBean(UserAccounts.class);
        CurrentUser.runAsSystem(() -> accounts.create(USER, "Văn thư chung", Role.OFFICE, Unit.OFFICE, PASSWORD, false));
    }

    @AfterAll
    static void stop() {
        a.close();
        b.close();
    }

    @Test
    void outgoingNumbersTakenOnBothNodesAtOnceAreAllDistinct() {
        int year = 1931;
        Documents onA = a.getBean(Documents.class);
        Documents onB = b.getBean(Documents.class);
        // twenty reports filed at one moment, every other one on each node
        List<Concurrently.Outcome<Document>> filed = Concurrently.run(20, a.getBean(UserAccounts.class).loadUserByUsername(USER),
                i -> (i % 2 == 0 ? onA : onB).registerOutgoing(new OutgoingDocument("BC-SKH&CN", DocumentType.REPORT, LocalDate.of(year, 6, 1 + i),
                        "Báo cáo thử trên hai máy chủ " + i, "Bế Đăng Khoa", null, null)));
        assertThat(filed).allMatch(Concurrently.Outcome::ok);
        assertThat(filed.stream().map(o -> o.result().number()).sorted().toList()).isEqualTo(IntStream.rangeClosed(1, 20).boxed().toList());
        assertThat(jdbc(b).sql("select count(distinct number) from document where outgoing = true and issued_on between :s and :e")
                .param("s", LocalDate.of(year, 1, 1)).param("e", LocalDate.of(year, 12, 31)).query(Long.class).single()).isEqualTo(20);
    }

    @Test
    void theSameFileImportedOnBothNodesAtOnceIsWrittenOnce(@TempDir Path dir) throws Exception {
        int rows = 40;
        StringBuilder csv = new StringBuilder("Tên tổ chức;Loại tổ chức;Huyện/thành phố;Xã/phường/thị trấn;Mã số thuế;Xã/phường/đặc khu\r\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("Hợp tác xã Hai Máy Chủ số ").append(i).append(";Hợp tác xã;;;\r\n");
        }
        Path[] files = {dir.resolve("a.csv"), dir.resolve("b.csv")};
        for (Path f : files) {
            Files.writeString(f, csv, StandardCharsets.UTF_8);
        }
        Imports[] nodes = {a.getBean(Imports.class), b.getBean(Imports.class)};
        List<Concurrently.Outcome<ImportOutcome>> outcomes = Concurrently.run(2, a.getBean(UserAccounts.class).loadUserByUsername(USER),
                i -> nodes[i].importFile(files[i], "hop-tac-xa.csv", "organisations"));
        assertThat(outcomes).allMatch(Concurrently.Outcome::ok);
        List<ImportOutcome> done = outcomes.stream().map(Concurrently.Outcome::result).toList();
        assertThat(done).allMatch(o -> o.errorCount() == 0);
        // one node wrote the rows; the other, waiting for the register's claim, found them all there
        assertThat(done.stream().map(ImportOutcome::added).sorted().toList()).containsExactly(0L, (long) rows);
        assertThat(done.stream().map(ImportOutcome::skipped).sorted().toList()).containsExactly(0L, (long) rows);
        assertThat(jdbc(a).sql("select count(*) from organisation where name like 'Hợp tác xã Hai Máy Chủ số %'").query(Long.class).single())
                .isEqualTo(rows);
        // each import's log row names the node that ran it
        assertThat(jdbc(b).sql("select node from exchange_import where id in (:ids) order by node")
                .param("ids", done.stream().map(ImportOutcome::importId).toList()).query(String.class).list()).containsExactly("a", "b");
    }

    @Test
    void aSessionStartedOnOneNodeGoesOnOnTheOtherAndOutlivesARestart() throws Exception {
        {

            // sign in on node A with the login form
            HttpResponse<String> form = http.send(HttpRequest.newBuilder(uri(a, "/login")).build(), HttpResponse.BodyHandlers.ofString());
            String cookie = sessionCookie(form);
            String token = csrf(form.body());
            HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(uri(a, "/login")).header("Cookie", cookie)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + USER + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(token))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(signIn.statusCode()).isEqualTo(302);
            assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
            cookie = sessionCookie(signIn);
            assertThat(JdbcClient.create(a.getBean(javax.sql.DataSource.class))
                    .sql("select count(*) from spring_session where principal_name = :u").param("u", USER).query(Long.class).single())
                    .as("the session is kept in the database").isEqualTo(1);

            // node B knows the session: the home page, the API; a change on A with the form token a page of B gave
            assertThat(get(b, "/", cookie).statusCode()).isEqualTo(200);
            HttpResponse<String> orgs = get(b, "/api/organisations", cookie);
            assertThat(orgs.statusCode()).isEqualTo(200);
            HttpResponse<String> page = get(b, "/organisations/new", cookie);
            assertThat(page.statusCode()).isEqualTo(200);
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(uri(a, "/api/organisations")).header("Cookie", cookie)
                    .header("X-CSRF-TOKEN", csrf(page.body())).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Hợp tác xã Chè Phja Đén\",\"kind\":\"OTHER\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isIn(200, 201);

            // node A restarts (as khcn serve does): the session goes on; of the imports left running, A settles its
            // own (cut off by its stop) and leaves B's, which B may still be running
            long ownImport = runningImport("a");
            long otherImport = runningImport("b");
            a.close();
            a = start("a", "--khcn.startup.serve=true");
            assertThat(importStatus(ownImport)).isEqualTo("INTERRUPTED");
            assertThat(importStatus(otherImport)).isEqualTo("RUNNING");
            assertThat(get(a, "/api/organisations", cookie).statusCode()).isEqualTo(200);

            // signing out on B ends the session on A too
            HttpResponse<String> home = get(b, "/", cookie);
            HttpResponse<String> out = http.send(HttpRequest.newBuilder(uri(b, "/logout")).header("Cookie", cookie).header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(csrf(home.body())))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(out.statusCode()).isEqualTo(302);
            assertThat(get(a, "/api/organisations", cookie).statusCode()).isEqualTo(401);
        }
    }

    private static JdbcClient jdbc(ConfigurableApplicationContext node) {
        return JdbcClient.create(node.getBean(javax.sql.DataSource.class));
    }

    /** An import's log row as a node writes it when the import starts. */
    private static long runningImport(String node) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc(b).sql("""
                insert into exchange_import(file_name, register, status, username, started_at, node)
                values ('dang-nhap.csv', 'organisations', 'RUNNING', :u, current_timestamp, :n)""").param("u", USER).param("n", node)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private static String importStatus(long id) {
        return jdbc(b).sql("select status from exchange_import where id = :id").param("id", id).query(String.class).single();
    }

    private static ConfigurableApplicationContext start(String node, String... more) {
        return start(List.of(), node, more);
    }

    private static ConfigurableApplicationContext start(List<org.springframework.context.ApplicationListener<?>> listeners, String node,
                                                        String... more) {
        // as command-line arguments, which win over application.properties (as the khcn command line hands its options)
        List<String> args = new java.util.ArrayList<>(List.of(
                "--server.port=0", "--khcn.node-name=" + node, "--khcn.data-dir=" + data, "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + TestDatabases.pgUser(), "--spring.datasource.password=" + TestDatabases.pgPassword(),
                "--spring.datasource.hikari.maximum-pool-size=4"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(KhcnApplication.class).listeners(listeners.toArray(org.springframework.context.ApplicationListener[]::new))
                .run(args.toArray(String[]::new));
    }

    private static URI uri(ConfigurableApplicationContext node, String path) {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> get(ConfigurableApplicationContext node, String path, String cookie) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(node, path)).header("Cookie", cookie).header("Accept", "text/html,application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<?> res) {
        return res.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).map(c -> c.substring(0, c.indexOf(';')))
                .findFirst().orElseThrow(() -> new AssertionError("no SESSION cookie in " + res.headers()));
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|name=\"_csrf\" content=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no form token in the page");
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
