package vn.gov.khcn.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.identity.Role;
import vn.gov.khcn.identity.UserAccounts;

/**
 * HTTP Basic API calls pay bcrypt once per five minutes, not on every call, and make no session; a new password,
 * a disabled account or a new role take effect on the very next call; a wrong password is checked and throttled as before.
 */
@vn.gov.khcn.testing.OnH2
class BasicSignInMemoryOnH2Test {
    static final String PASSWORD = "matkhau12345";
    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ThrottledLogins logins;

    private void create(String username, Role role) {
        CurrentUser.runAsSystem(() -> accounts.create(username, "Người thử gọi API", role, null, PASSWORD, false));
    }

    private int basic(String path, String username, String password, String address) throws Exception {
        MockHttpServletResponse r = mvc.perform(get(path).with(httpBasic(username, password)).with(q -> {
            q.setRemoteAddr(address);
            return q;
        })).andReturn().getResponse();
        return r.getStatus();
    }

    private long checks() {
        return ((RememberedPasswords) logins.encoder()).checks();
    }

    @Test
    void aSecondBasicCallRunsNoBcryptAndMakesNoSession() throws Exception {
        create("api.nho.mat.khau", Role.VIEWER);
        long before = checks();
        for (int i = 0; i < 5; i++) {
            assertThat(basic("/api/organisations", "api.nho.mat.khau", PASSWORD, "10.60.0.1")).isEqualTo(200);
        }
        assertThat(checks() - before).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'api.nho.mat.khau'").query(Long.class).single()).isZero();
    }

    @Test
    void aNewPasswordRefusesTheOldOneAtOnce() throws Exception {
        create("api.doi.mat.khau", Role.VIEWER);
        assertThat(basic("/api/organisations", "api.doi.mat.khau", PASSWORD, "10.60.0.2")).isEqualTo(200);
        CurrentUser.runAsSystem(() -> accounts.resetPassword("api.doi.mat.khau", "matkhau-moi-678"));
        assertThat(basic("/api/organisations", "api.doi.mat.khau", PASSWORD, "10.60.0.2")).isEqualTo(401);
        assertThat(basic("/api/organisations", "api.doi.mat.khau", "matkhau-moi-678", "10.60.0.2")).isEqualTo(200);
    }

    @Test
    void aDisabledAccountIsRefusedAtOnce() throws Exception {
        create("api.bi.khoa", Role.VIEWER);
        assertThat(basic("/api/organisations", "api.bi.khoa", PASSWORD, "10.60.0.3")).isEqualTo(200);
        CurrentUser.runAsSystem(() -> accounts.setEnabled("api.bi.khoa", false));
        assertThat(basic("/api/organisations", "api.bi.khoa", PASSWORD, "10.60.0.3")).isEqualTo(401);
        CurrentUser.runAsSystem(() -> accounts.setEnabled("api.bi.khoa", true));
        assertThat(basic("/api/organisations", "api.bi.khoa", PASSWORD, "10.60.0.3")).isEqualTo(200);
    }

    @Test
    void aNewRoleCountsOnTheNextCall() throws Exception {
        create("api.doi.vai.tro", Role.ADMIN);
        assertThat(basic("/admin/users", "api.doi.vai.tro", PASSWORD, "10.60.0.4")).isEqualTo(200);
        jdbc.sql("update app_user set role = 'VIEWER' where username = 'api.doi.vai.tro'").update();
        assertThat(basic("/admin/users", "api.doi.vai.tro", PASSWORD, "10.60.0.4")).isEqualTo(403);
    }

    @Test
    void aWrongPasswordIsCheckedEachTimeAndTheThrottleStillComesFirst() throws Exception {
        create("api.sai.mat.khau", Role.VIEWER);
        assertThat(basic("/api/organisations", "api.sai.mat.khau", PASSWORD, "10.60.0.5")).isEqualTo(200);
        long before = checks();
        for (int i = 0; i < 3; i++) {
            assertThat(basic("/api/organisations", "api.sai.mat.khau", "sai-" + i, "10.60.0.5")).isEqualTo(401);
        }
        assertThat(checks() - before).isEqualTo(3);
        assertThat(jdbc.sql("select failures from login_throttle where throttle_key = 'account:api.sai.mat.khau'").query(Integer.class).single())
                .isEqualTo(3);
        // after three failures the account waits: refused before any check, even with the remembered right password
        assertThat(basic("/api/organisations", "api.sai.mat.khau", PASSWORD, "10.60.0.5")).isEqualTo(429);
        assertThat(checks() - before).isEqualTo(3);
    }
}
