package vn.gov.khcn.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.gov.khcn.shared.Unit;

/**
 * Who is acting now. Web requests carry the signed-in user; command-line runs act as "system".
 */
public record CurrentUser(String username, Role role, Unit unit) {
    public static final CurrentUser SYSTEM = new CurrentUser("system", Role.ADMIN, null);

    public static CurrentUser get() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a != null && a.getPrincipal() instanceof KhcnPrincipal p) {
            return new CurrentUser(p.getUsername(), p.role(), p.unit());
        }
        return SYSTEM;
    }

    public static Optional<CurrentUser> signedIn() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.getPrincipal() instanceof KhcnPrincipal ? Optional.of(get()) : Optional.empty();
    }

    public boolean is(Role r) {
        return role == r;
    }
}
