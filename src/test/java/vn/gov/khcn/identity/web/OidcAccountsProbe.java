package vn.gov.khcn.identity.web;

import java.util.Map;
import vn.gov.khcn.identity.Role;
import vn.gov.khcn.identity.UserAccounts;

/** Test access to the package-private OIDC account mapping. */
public class OidcAccountsProbe {
    private final OidcAccounts mapping;

    public OidcAccountsProbe(UserAccounts accounts) {
        this.mapping = new OidcAccounts(accounts, "preferred_username");
    }

    public Role roleOf(Map<String, Object> claims) {
        return mapping.localAccount(claims).role();
    }
}
