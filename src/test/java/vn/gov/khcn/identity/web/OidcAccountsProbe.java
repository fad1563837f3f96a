package vn.gov.khcn.identity.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import vn.gov.khcn.identity.Role;
import vn.gov.khcn.identity.UserAccounts;

/** Test access to the package-private OIDC account mapping. */
public class OidcAccountsProbe {
    private final OidcAccounts mapping;

    public OidcAccountsProbe(UserAccounts accounts) {
        // the provider's own user service, without its network: the ID token's claims are the user
        this.mapping = new OidcAccounts(r -> new DefaultOidcUser(AuthorityUtils.createAuthorityList("OIDC_USER"), r.getIdToken(),
                "preferred_username"), accounts, "preferred_username");
    }

    public Role roleOf(Map<String, Object> claims) {
        return mapping.localAccount(claims).role();
    }

    /** The authentication a sign-in through the provider with these claims ends in. */
    public OAuth2AuthenticationToken signIn(Map<String, Object> claims) {
        Map<String, Object> all = new HashMap<>(claims);
        all.putIfAbsent("sub", "sub-" + claims.get("preferred_username"));
        Instant now = Instant.now();
        ClientRegistration sso = ClientRegistration.withRegistrationId("sso").clientId("khcn")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE).redirectUri("{baseUrl}/login/oauth2/code/sso")
                .authorizationUri("http://127.0.0.1:1/auth").tokenUri("http://127.0.0.1:1/token").jwkSetUri("http://127.0.0.1:1/certs")
                .userNameAttributeName("preferred_username").scope("openid", "profile").build();
        OidcUser user = mapping.loadUser(new OidcUserRequest(sso,
                new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access", now, now.plusSeconds(300)),
                new OidcIdToken("id", now, now.plusSeconds(300), all)));
        return new OAuth2AuthenticationToken(user, user.getAuthorities(), "sso");
    }
}
