package vn.gov.khcn.identity.web;

import java.util.HashMap;
import java.util.Map;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import vn.gov.khcn.identity.KhcnPrincipal;
import vn.gov.khcn.identity.UserAccounts;

/**
 * Sign-in through an external OpenID Connect provider (Keycloak and similar), configured only by
 * properties. The provider proves who the person is; KHCN's own account of the same user name (the
 * claim named by {@code khcn.oidc.username-claim}, default preferred_username) gives the role and
 * unit, and the signed-in principal carries that account. A person without an enabled KHCN account is refused.
 */
class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {
    private final OAuth2UserService<OidcUserRequest, OidcUser> delegate;
    private final UserAccounts accounts;
    private final String usernameClaim;

    OidcAccounts(UserAccounts accounts, String usernameClaim) {
        this(new OidcUserService(), accounts, usernameClaim);
    }

    OidcAccounts(OAuth2UserService<OidcUserRequest, OidcUser> delegate, UserAccounts accounts, String usernameClaim) {
        this.delegate = delegate;
        this.accounts = accounts;
        this.usernameClaim = usernameClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser external = delegate.loadUser(request);
        return new KhcnOidcUser(external, localAccount(external.getClaims()), usernameClaim);
    }

    /** The enabled KHCN account named by the provider's claim; refused otherwise. */
    KhcnPrincipal localAccount(Map<String, Object> claims) {
        Object name = new HashMap<>(claims).get(usernameClaim);
        try {
            KhcnPrincipal p = accounts.loadUserByUsername(name == null ? "" : name.toString());
            if (!p.isEnabled()) {
                throw new UsernameNotFoundException("disabled");
            }
            return p;
        } catch (UsernameNotFoundException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error("khcn_no_account",
                    "Tài khoản \"" + name + "\" chưa được cấp hoặc đã bị khóa trong KHCN.", null));
        }
    }

    /** An OpenID Connect sign-in that is a KHCN account: the account's name, role, unit and session epoch. */
    static final class KhcnOidcUser extends DefaultOidcUser implements KhcnPrincipal.Carrier {
        private final KhcnPrincipal account;

        KhcnOidcUser(OidcUser external, KhcnPrincipal account, String usernameClaim) {
            super(account.getAuthorities(), external.getIdToken(), external.getUserInfo(), usernameClaim);
            this.account = account;
        }

        @Override
        public KhcnPrincipal account() {
            return account;
        }

        @Override
        public String getName() {
            return account.getUsername();
        }
    }
}
