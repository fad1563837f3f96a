package vn.gov.khcn.identity.web;

import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.identity.internal.DeviceTokens;
import vn.gov.khcn.identity.internal.LoginThrottles;
import vn.gov.khcn.identity.internal.LoginThrottles.Key;

/**
 * Password sign-in, form and HTTP Basic alike, throttled as OWASP's "device cookies" design says: a browser that
 * signed in to the account before (a valid device token for it) is throttled only by its own failures; every other
 * client is throttled by the account's failures from such clients and by its own address's failures. So a guessing
 * attack from elsewhere slows the attacker down and never locks the owner's own browser out.
 */
class ThrottledLogins implements AuthenticationProvider {
    private final DaoAuthenticationProvider passwords;
    private final LoginThrottles throttles;
    private final DeviceTokens devices;
    private final PasswordEncoder encoder;

    ThrottledLogins(UserAccounts accounts, PasswordEncoder encoder, LoginThrottles throttles, DeviceTokens devices) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.throttles = throttles;
        this.devices = devices;
        this.encoder = encoder;
    }

    /** The encoder that checks the passwords presented (for tests and benchmarks). */
    PasswordEncoder encoder() {
        return encoder;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = normalised(attempt.getName());
        LoginClient client = attempt.getDetails() instanceof LoginClient c ? c : new LoginClient("?", null);
        List<Key> keys = keys(username, client);
        LoginThrottles.Admission admission = throttles.admit(keys);
        if (!admission.admitted()) {
            throw new LoginThrottledException(admission.waitFor());
        }
        Authentication ok;
        try {
            ok = passwords.authenticate(attempt);
        } catch (AuthenticationException e) {
            throttles.failed(keys);
            throw e;
        }
        if (admission.throttled()) {
            throttles.succeeded(keys);
        }
        return ok;
    }

    /** The keys an attempt counts against: its device token alone when the token is this account's, else account and address. */
    List<Key> keys(String username, LoginClient client) {
        if (client.deviceTokenHash() != null && devices.owner(client.deviceTokenHash()).filter(username::equals).isPresent()) {
            return List.of(Key.device(client.deviceTokenHash(), username));
        }
        return List.of(Key.account(username), Key.address(client.address()));
    }

    static String normalised(String username) {
        String u = username == null ? "" : username.strip().toLowerCase();
        return u.length() > 40 ? u.substring(0, 40) : u;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
