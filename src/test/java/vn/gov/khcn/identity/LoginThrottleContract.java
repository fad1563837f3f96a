package vn.gov.khcn.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.gov.khcn.identity.internal.LoginThrottles;

/**
 * Login throttling that slows guessing down and cannot be turned against the owner: form and HTTP Basic alike, a
 * growing delay per account and per real client address, the owner's browser (device cookie) throttled only by
 * its own failures, the state in the database, forwarded headers from clients ignored.
 * <p>
 * Where a test needs the clock to move on, {@link #timePasses} moves the throttle's stored times back instead.
 */
abstract class LoginThrottleContract {
    static final String PASSWORD = "matkhau12345";
    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    private void create(String username) {
        CurrentUser.runAsSystem(() -> accounts.create(username, "Người thử đăng nhập", Role.VIEWER, null, PASSWORD, false));
    }

    private static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    private MockHttpServletResponse form(String username, String password, String address, Cookie... cookies) throws Exception {
        MockHttpServletRequestBuilder r = post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
        if (cookies.length > 0) {
            r = r.cookie(cookies);
        }
        return mvc.perform(r).andReturn().getResponse();
    }

    private MockHttpServletResponse basic(String username, String password, String address) throws Exception {
        return mvc.perform(get("/api/organisations").with(httpBasic(username, password)).with(from(address))).andReturn().getResponse();
    }

    record Row(int failures, OffsetDateTime last, OffsetDateTime next) {
        Duration delay() {
            return Duration.between(last, next);
        }
    }

    private Optional<Row> row(String key) {
        return jdbc.sql("select failures, last_failure_at, next_attempt_at from login_throttle where throttle_key = :k").param("k", key)
                .query((rs, i) -> new Row(rs.getInt(1), rs.getObject(2, OffsetDateTime.class), rs.getObject(3, OffsetDateTime.class)))
                .optional();
    }

    /** As if {@code d} had gone by for these throttle keys (a negative {@code d}: as if the failures had just happened later). */
    private void timePasses(Duration d, String... keys) {
        for (var r : jdbc.sql("select id, last_failure_at, next_attempt_at from login_throttle where throttle_key in (:k)")
                .param("k", List.of(keys)).query((rs, i) ->
                new Object[] {rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getObject(3, OffsetDateTime.class)}).list()) {
            jdbc.sql("update login_throttle set last_failure_at = :l, next_attempt_at = :n where id = :id")
                    .param("l", ((OffsetDateTime) r[1]).minus(d)).param("n", ((OffsetDateTime) r[2]).minus(d)).param("id", r[0]).update();
        }
    }

    @Test
    void basicGuessesAreThrottled() throws Exception {
        create("doan.basic");
        List<Integer> statuses = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < 182; i++) {
            MockHttpServletResponse r = basic("doan.basic", "doan-sai-" + i, "10.50.0.1");
            statuses.add(r.getStatus());
            if (r.getStatus() == 429) {
                assertThat(r.getHeader("Retry-After")).matches("\\d+");
                assertThat(r.getContentType()).startsWith("application/problem+json");
                assertThat(r.getContentAsString()).contains("Đăng nhập sai nhiều lần: hãy thử lại sau");
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long checked = statuses.stream().filter(s -> s == 401).count();
        // 3 free, then one more per delay that could have passed (2 s, 4 s, 8 s, …) in the time the guesses took
        long bound = LoginThrottles.FREE_FAILURES + 1 + (long) Math.ceil(Math.log(1 + seconds / 2) / Math.log(2));
        System.out.printf("Basic guesses: %d wrong passwords in %.1f s, %d checked against the password, %d refused with 429%n",
                statuses.size(), seconds, checked, statuses.size() - checked);
        assertThat(statuses.subList(0, 3)).containsOnly(401);
        assertThat(statuses).containsOnly(401, 429);
        assertThat(checked).isBetween(3L, bound);
        assertThat(row("account:doan.basic").orElseThrow().failures()).isEqualTo((int) checked);
        assertThat(row("address:10.50.0.1").orElseThrow().failures()).isEqualTo((int) checked);
    }

    @Test
    void eachFailureDoublesTheWaitAndEvenTheRightPasswordWaits() throws Exception {
        create("doan.cham");
        List<Duration> delays = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            assertThat(form("doan.cham", "sai", "10.51.0.1").getRedirectedUrl()).isEqualTo("/login?error");
            Row r = row("account:doan.cham").orElseThrow();
            assertThat(r.failures()).isEqualTo(n);
            assertThat(row("address:10.51.0.1").orElseThrow().failures()).isEqualTo(n);
            delays.add(r.delay());
            if (n < 6) {
                timePasses(r.delay(), "account:doan.cham", "address:10.51.0.1");
            }
        }
        System.out.println("Login delays after 1–6 failures: " + delays.stream().map(d -> d.toSeconds() + " s").toList()
                + " (doubling up to " + LoginThrottles.MAX_DELAY.toMinutes() + " min)");
        assertThat(delays).containsExactly(Duration.ZERO, Duration.ZERO, Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(8), Duration.ofSeconds(16));

        // during the 16 s wait even the right password is refused, unchecked and uncounted — form and Basic alike
        assertThat(form("doan.cham", PASSWORD, "10.51.0.2").getRedirectedUrl()).matches("/login\\?locked=\\d+");
        assertThat(basic("doan.cham", PASSWORD, "10.51.0.3").getStatus()).isEqualTo(429);
        assertThat(row("account:doan.cham").orElseThrow().failures()).isEqualTo(6);
        String page = mvc.perform(get("/login").param("locked", "16")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("hãy thử lại sau 16 giây");

        // once it has passed, the right password signs in and the account starts again from nothing
        timePasses(Duration.ofSeconds(16), "account:doan.cham", "address:10.51.0.1");
        assertThat(basic("doan.cham", PASSWORD, "10.51.0.3").getStatus()).isEqualTo(200);
        assertThat(row("account:doan.cham")).isEmpty();
    }

    @Test
    void theOwnersBrowserSignsInDuringAGuessingAttackFromElsewhere() throws Exception {
        create("chu.tai.khoan");
        MockHttpServletResponse first = form("chu.tai.khoan", PASSWORD, "10.52.0.1");
        assertThat(first.getRedirectedUrl()).isEqualTo("/");
        Cookie device = first.getCookie("KHCN_DEVICE");
        assertThat(device).isNotNull();
        assertThat(device.isHttpOnly()).isTrue();

        // an attacker elsewhere guesses until every client without the owner's device token must wait 16 s
        for (int n = 1; n <= 6; n++) {
            assertThat(form("chu.tai.khoan", "doan-" + n, "10.52.0.66").getRedirectedUrl()).isEqualTo("/login?error");
            if (n < 6) {
                timePasses(row("account:chu.tai.khoan").orElseThrow().delay(), "account:chu.tai.khoan", "address:10.52.0.66");
            }
        }
        assertThat(form("chu.tai.khoan", "doan-7", "10.52.0.66").getRedirectedUrl()).startsWith("/login?locked=");
        // the owner on a new browser shares the account's wait…
        assertThat(form("chu.tai.khoan", PASSWORD, "10.52.0.2").getRedirectedUrl()).startsWith("/login?locked=");
        // …but the owner's own browser signs in at once, and gets a new device token
        MockHttpServletResponse owner = form("chu.tai.khoan", PASSWORD, "10.52.0.1", device);
        assertThat(owner.getRedirectedUrl()).isEqualTo("/");
        assertThat(owner.getCookie("KHCN_DEVICE").getValue()).isNotEqualTo(device.getValue());
        System.out.println("Guessing attack: 7 guesses from another address; the account's other clients wait, the owner's browser signed in at once");

        // a device token used for another account counts for nothing there
        create("tai.khoan.khac");
        assertThat(jdbc.sql("select count(*) from login_device where username = 'chu.tai.khoan'").query(Long.class).single()).isEqualTo(1);
        for (int n = 1; n <= 3; n++) {
            form("tai.khoan.khac", "doan-" + n, "10.52.0.67");
        }
        timePasses(Duration.ofSeconds(-60), "account:tai.khoan.khac"); // its wait is still a minute away
        assertThat(form("tai.khoan.khac", PASSWORD, "10.52.0.1", owner.getCookie("KHCN_DEVICE")).getRedirectedUrl())
                .startsWith("/login?locked=");
    }

    @Test
    void aForwardedHeaderFromAClientChangesNeitherTheThrottledAddressNorTheRedirectHost() throws Exception {
        create("doan.gia.mao");
        MockHttpServletResponse r = mvc.perform(post("/login").param("username", "doan.gia.mao").param("password", "sai").with(csrf())
                .with(from("10.53.0.1")).header("X-Forwarded-For", "6.6.6.6").header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https")).andReturn().getResponse();
        assertThat(r.getHeader("Location")).isEqualTo("/login?error");
        assertThat(row("address:10.53.0.1")).isPresent();
        assertThat(row("address:6.6.6.6")).isEmpty();

        MockHttpServletResponse page = mvc.perform(get("/tasks").with(from("10.53.0.2")).header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Port", "443")).andReturn().getResponse();
        assertThat(page.getHeader("Location")).isEqualTo("/login").doesNotContain("evil.example");
    }

    @Test
    void anAdministratorSeesAndClearsThrottlesInVietnamese() throws Exception {
        create("doan.xoa.han");
        for (int n = 1; n <= 3; n++) {
            form("doan.xoa.han", "sai-" + n, "10.54.0.1");
        }
        timePasses(Duration.ofSeconds(-600), "account:doan.xoa.han", "address:10.54.0.1");
        assertThat(form("doan.xoa.han", PASSWORD, "10.54.0.2").getRedirectedUrl()).startsWith("/login?locked=");
        var admin = user(accounts.loadUserByUsername("admin"));
        assertThat(mvc.perform(get("/admin/users").with(admin)).andReturn().getResponse().getContentAsString()).contains("/admin/throttles");
        String page = mvc.perform(get("/admin/throttles").with(admin)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Hạn chế đăng nhập").contains("doan.xoa.han").contains("10.54.0.1").contains("Xóa hạn chế");

        long id = jdbc.sql("select id from login_throttle where throttle_key = 'account:doan.xoa.han'").query(Long.class).single();
        mvc.perform(post("/admin/throttles/{id}/clear", id).with(admin).with(csrf()));
        assertThat(row("account:doan.xoa.han")).isEmpty();
        assertThat(jdbc.sql("select username from audit_log where entity_type = 'login_throttle' and entity_id = :id and action = 'CLEAR'")
                .param("id", id).query(String.class).list()).containsExactly("admin");
        assertThat(form("doan.xoa.han", PASSWORD, "10.54.0.2").getRedirectedUrl()).isEqualTo("/");
    }
}
