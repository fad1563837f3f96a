package vn.gov.khcn.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.gov.khcn.testing.OnH2;

@OnH2
class WebSecurityOnH2Test {
    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;

    private static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    @Test
    void pagesNeedASessionExceptLoginHealthAndStatic() throws Exception {
        mvc.perform(get("/tasks")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/css/app.css")).andExpect(status().isOk());
        mvc.perform(get("/api/organisations")).andExpect(status().isUnauthorized());
    }

    @Test
    void demoAccountLogsInWithForm() throws Exception {
        mvc.perform(post("/login").param("username", "qlkh").param("password", "demo").with(csrf()).with(from("10.1.0.1")))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/"));
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/login").param("username", "qlkh").param("password", "demo").with(from("10.1.0.2")))
                .andExpect(status().isForbidden());
    }

    @Test
    void apiTakesBasicAuthenticationWithoutCsrf() throws Exception {
        mvc.perform(post("/api/organisations").with(httpBasic("qlkh", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Công ty Basic Auth\",\"kind\":\"ENTERPRISE\"}"))
                .andExpect(status().isCreated());
    }

    @Test
    void everyResponseCarriesAContentSecurityPolicyWithoutInlineScript() throws Exception {
        String csp = mvc.perform(get("/login")).andReturn().getResponse().getHeader("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline");
        mvc.perform(get("/login")).andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        // the session is Spring Session's (kept in the database), found by its cookie as in a browser
        jakarta.servlet.http.Cookie session = mvc.perform(post("/login").param("username", "xem").param("password", "demo")
                .with(csrf()).with(from("10.3.0.1"))).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
        mvc.perform(post("/logout").cookie(session).with(csrf()).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void disabledAccountCannotLogIn() throws Exception {
        CurrentUser.runAsSystem(() -> {
            accounts.create("tam.khoa", "Người bị khóa", Role.VIEWER, null, "matkhau12345", false);
            accounts.setEnabled("tam.khoa", false);
        });
        mvc.perform(post("/login").param("username", "tam.khoa").param("password", "matkhau12345").with(csrf()).with(from("10.4.0.1")))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void onlyAdminReachesUserAdministration() throws Exception {
        mvc.perform(get("/admin/users").with(httpBasic("vanphong", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(httpBasic("admin", "demo"))).andExpect(status().isOk());
    }

    @Test
    void passwordPolicyRefusesShortPasswords() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> UserAccounts.checkPolicy("abc123"))
                .hasMessageContaining("ít nhất 10 ký tự");
    }

    @Test
    void passwordsAreStoredAsBcryptHashes(@Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        String hash = jdbc.sql("select password_hash from app_user where username = 'qlkh'").query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2");
    }
}
