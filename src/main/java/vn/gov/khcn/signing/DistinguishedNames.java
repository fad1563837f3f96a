package vn.gov.khcn.signing;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

/** Reads one attribute (CN, O, …) of a certificate's subject or issuer. */
final class DistinguishedNames {
    private DistinguishedNames() {
    }

    static String part(X500Principal name, String type) {
        try {
            for (Rdn rdn : new LdapName(name.getName(X500Principal.RFC2253)).getRdns()) {
                if (rdn.getType().equalsIgnoreCase(type)) {
                    return rdn.getValue().toString();
                }
            }
        } catch (InvalidNameException e) {
            return null;
        }
        return null;
    }
}
