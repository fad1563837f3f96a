package vn.gov.khcn.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.khcn.testing.OnH2;

/** External sign-in is configuration only: a provider in properties turns it on; local accounts give the role. */
@OnH2
@TestPropertySource(properties = {
        "spring.security.oauth2.client.registration.sso.client-id=khcn",
        "spring.security.oauth2.client.registration.sso.client-secret=secret",
        "spring.security.oauth2.client.registration.sso.client-name=Keycloak tỉnh",
        "spring.security.oauth2.client.registration.sso.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.sso.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.registration.sso.scope=openid,profile",
        "spring.security.oauth2.client.provider.sso.authorization-uri=http://127.0.0.1:1/auth",
        "spring.security.oauth2.client.provider.sso.token-uri=http://127.0.0.1:1/token",
        "spring.security.oauth2.client.provider.sso.jwk-set-uri=http://127.0.0.1:1/certs",
        "spring.security.oauth2.client.provider.sso.user-name-attribute=preferred_username"})
class OidcSignInOnH2Test {
    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;

    @Test
    void configuredProviderAppearsOnLoginPageAndRedirectsThere() throws Exception {
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/oauth2/authorization/sso").contains("Đăng nhập qua Keycloak tỉnh");
        String location = mvc.perform(get("/oauth2/authorization/sso")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("http://127.0.0.1:1/auth").contains("client_id=khcn");
    }

    @Test
    void anOidcSignInActsAsTheLinkedAccountWithItsRoleAndUnitAndTheAuditSaysSo(
            @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc) throws Exception {
        var token = new vn.gov.khcn.identity.web.OidcAccountsProbe(accounts).signIn(Map.of("preferred_username", "qlkh"));
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(token);
        try {
            assertThat(CurrentUser.get()).isEqualTo(new CurrentUser("qlkh", Role.UNIT_STAFF, vn.gov.khcn.shared.Unit.SCIENCE));
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        String body = mvc.perform(post("/api/organisations").with(authentication(token)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Công ty đăng nhập OIDC\",\"kind\":\"ENTERPRISE\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
        assertThat(jdbc.sql("select username from audit_log where entity_type = 'organisation' and entity_id = :id")
                .param("id", id).query(String.class).list()).containsExactly("qlkh");
    }

    @Test
    void anOidcPrincipalThatIsNoKhcnAccountIsRefusedNotTreatedAsAdministrator(
            @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc) throws Exception {
        // a provider's user whose token even claims ROLE_ADMIN, but who came in without a KHCN account behind it
        mvc.perform(post("/api/organisations").with(oidcLogin().idToken(t -> t.claim("preferred_username", "nguoi.la"))
                                .authorities(new SimpleGrantedAuthority("ROLE_ADMIN"))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Công ty của người lạ\",\"kind\":\"ENTERPRISE\"}"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from organisation where name = 'Công ty của người lạ'").query(Long.class).single()).isZero();
    }

    @Test
    void externalUserGetsTheRoleOfTheLocalAccountAndUnknownUsersAreRefused() {
        var mapping = new vn.gov.khcn.identity.web.OidcAccountsProbe(accounts);
        assertThat(mapping.roleOf(Map.of("preferred_username", "qlkh"))).isEqualTo(Role.UNIT_STAFF);
        assertThatThrownBy(() -> mapping.roleOf(Map.of("preferred_username", "nguoi.la")))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }
}
