package vn.gov.khcn.identity;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.gov.khcn.shared.Unit;

/**
 * The signed-in user as Spring Security holds it. {@link #sessionEpoch()} is the account's session epoch when
 * the user signed in: disabling the account or resetting its password moves the epoch on, which ends every
 * session that still carries the old one (checked on each request, see {@code identity.web.AccountSessions}).
 */
public final class KhcnPrincipal implements UserDetails {
    private final String username;
    private final String passwordHash;
    private final String fullName;
    private final Role role;
    private final Unit unit;
    private final boolean enabled;
    private final long sessionEpoch;

    public KhcnPrincipal(String username, String passwordHash, String fullName, Role role, Unit unit, boolean enabled,
                         long sessionEpoch) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.role = role;
        this.unit = unit;
        this.enabled = enabled;
        this.sessionEpoch = sessionEpoch;
    }

    /** An object that is a signed-in KHCN account without being a {@link KhcnPrincipal} (an OpenID Connect sign-in). */
    public interface Carrier {
        KhcnPrincipal account();
    }

    public Role role() {
        return role;
    }

    public Unit unit() {
        return unit;
    }

    public String fullName() {
        return fullName;
    }

    public long sessionEpoch() {
        return sessionEpoch;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
