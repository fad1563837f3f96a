package vn.gov.khcn.identity;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.gov.khcn.shared.Unit;

/**
 * Who is acting now. Web requests carry the signed-in user (a {@link KhcnPrincipal}, or an OpenID Connect sign-in
 * that carries one). The command line, start-up tasks and the demo loader act as "system" — an administrator — and
 * only inside {@link #runAsSystem}. Anything else (no authentication, an anonymous request, a principal of another
 * kind) is refused: nothing is ever treated as an administrator by default.
 */
public record CurrentUser(String username, Role role, Unit unit) {
    /** The name the audit trail records for the command line; no account may take it. */
    public static final String SYSTEM_NAME = "system";
    public static final CurrentUser SYSTEM = new CurrentUser(SYSTEM_NAME, Role.ADMIN, null);
    private static final KhcnPrincipal SYSTEM_PRINCIPAL =
            new KhcnPrincipal(SYSTEM_NAME, "", "Hệ thống (dòng lệnh)", Role.ADMIN, null, true, 0);

    /** The acting user; refused (403) when no KHCN account is signed in and no system scope is open. */
    public static CurrentUser get() {
        return signedIn().orElseThrow(() -> new AccessDeniedException("Không xác định được người dùng: hãy đăng nhập lại."));
    }

    public static Optional<CurrentUser> signedIn() {
        return account(SecurityContextHolder.getContext().getAuthentication())
                .map(p -> new CurrentUser(p.getUsername(), p.role(), p.unit()));
    }

    /** The KHCN account an authentication stands for, if it stands for one. */
    public static Optional<KhcnPrincipal> account(Authentication a) {
        if (a == null || !a.isAuthenticated()) {
            return Optional.empty();
        }
        Object p = a.getPrincipal();
        if (p instanceof KhcnPrincipal k) {
            return Optional.of(k);
        }
        return p instanceof KhcnPrincipal.Carrier c ? Optional.ofNullable(c.account()) : Optional.empty();
    }

    /** Runs {@code work} as "system" (an administrator) on this thread, then restores who was acting before. */
    public static <T> T runAsSystem(Supplier<T> work) {
        var auth = UsernamePasswordAuthenticationToken.authenticated(SYSTEM_PRINCIPAL, null, SYSTEM_PRINCIPAL.getAuthorities());
        return runAs(auth, work);
    }

    public static void runAsSystem(Runnable work) {
        runAsSystem(() -> {
            work.run();
            return null;
        });
    }

    /**
     * {@code work} made to run, on any thread, as the user acting now. The identity is fixed at this call: a
     * logout or another change of the caller's security context afterwards does not reach the work.
     */
    public static Runnable carriedInto(Runnable work) {
        Authentication now = SecurityContextHolder.getContext().getAuthentication();
        return () -> runAs(now, () -> {
            work.run();
            return null;
        });
    }

    private static <T> T runAs(Authentication auth, Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext scope = SecurityContextHolder.createEmptyContext();
        scope.setAuthentication(auth);
        SecurityContextHolder.setContext(scope);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    public boolean is(Role r) {
        return role == r;
    }
}
