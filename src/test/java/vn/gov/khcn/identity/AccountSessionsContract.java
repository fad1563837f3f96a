package vn.gov.khcn.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.shared.DomainException;

/**
 * Disabling an account or giving it a new password ends its sessions at once, on every node (the check is a
 * lookup of the account's session epoch on each request); the last active administrator cannot be disabled.
 */
abstract class AccountSessionsContract {
    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    private void create(String username, Role role) {
        CurrentUser.runAsSystem(() -> accounts.create(username, "Người thử phiên", role, null, "matkhau12345", false));
    }

    /** The session cookie of a sign-in: sessions are kept by Spring Session, found by their cookie as in a browser. */
    private Cookie signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                        .with(r -> {
                            r.setRemoteAddr(address);
                            return r;
                        }))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return user(accounts.loadUserByUsername("admin"));
    }

    @Test
    void disablingAnAccountEndsItsSessionsAtOnce() throws Exception {
        create("phien.bi.khoa", Role.VIEWER);
        Cookie page = signIn("phien.bi.khoa", "matkhau12345", "10.40.0.1");
        Cookie api = signIn("phien.bi.khoa", "matkhau12345", "10.40.0.1");
        mvc.perform(get("/").cookie(page)).andExpect(status().isOk());
        mvc.perform(get("/api/organisations").cookie(api)).andExpect(status().isOk());

        mvc.perform(post("/admin/users/phien.bi.khoa/enabled").param("enabled", "false").with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/users"));

        mvc.perform(get("/").cookie(page)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/organisations").cookie(api)).andExpect(status().isUnauthorized());
        // both sessions are ended, not only refused: Spring Session deleted them from the database
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'phien.bi.khoa'").query(Long.class).single()).isZero();
    }

    @Test
    void aNewPasswordEndsTheSessionsSignedInWithTheOldOne() throws Exception {
        create("phien.doi.mk", Role.VIEWER);
        Cookie old = signIn("phien.doi.mk", "matkhau12345", "10.40.0.2");
        mvc.perform(get("/").cookie(old)).andExpect(status().isOk());

        mvc.perform(post("/admin/users/phien.doi.mk/password").param("password", "matkhaumoi678").with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/users"));

        mvc.perform(get("/").cookie(old)).andExpect(redirectedUrl("/login"));
        Cookie fresh = signIn("phien.doi.mk", "matkhaumoi678", "10.40.0.2");
        mvc.perform(get("/").cookie(fresh)).andExpect(status().isOk());
    }

    @Test
    @Transactional // the demo administrators are put back as they were
    void theLastActiveAdministratorCannotBeDisabled() throws Exception {
        jdbc.sql("update app_user set enabled = false where role = 'ADMIN' and username <> 'admin'").update();

        mvc.perform(post("/admin/users/admin/enabled").param("enabled", "false").with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("error", Matchers.containsString("tài khoản quản trị cuối cùng")));
        assertThatThrownBy(() -> CurrentUser.runAsSystem(() -> accounts.setEnabled("admin", false)))
                .isInstanceOf(DomainException.class).hasMessageContaining("quản trị cuối cùng đang hoạt động");
        assertThat(accounts.find("admin").orElseThrow().enabled()).isTrue();

        // with a second administrator, the first may be disabled
        create("quantri.du.phong", Role.ADMIN);
        CurrentUser.runAsSystem(() -> accounts.setEnabled("admin", false));
        assertThat(accounts.find("admin").orElseThrow().enabled()).isFalse();
        assertThatThrownBy(() -> CurrentUser.runAsSystem(() -> accounts.setEnabled("quantri.du.phong", false)))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void noAccountMayTakeTheCommandLinesName() {
        assertThatThrownBy(() -> create("system", Role.VIEWER)).isInstanceOf(DomainException.class).hasMessageContaining("dòng lệnh");
    }
}
