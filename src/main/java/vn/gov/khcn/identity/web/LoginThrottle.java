package vn.gov.khcn.identity.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import vn.gov.khcn.identity.internal.DeviceTokens;

/**
 * The web side of login throttling ({@link ThrottledLogins} does the counting): what a sign-in attempt says about
 * its client, the login form's answers (an error, or how long to wait), and the device cookie a browser gets when it
 * signs in — HttpOnly, SameSite=Lax, Secure behind HTTPS, for a year, a new one at every sign-in.
 */
@Component
@ConditionalOnWebApplication
class LoginThrottle implements AuthenticationFailureHandler, AuthenticationSuccessHandler,
        AuthenticationDetailsSource<HttpServletRequest, LoginClient> {
    private final DeviceTokens devices;
    private final SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();

    LoginThrottle(DeviceTokens devices) {
        this.devices = devices;
        success.setDefaultTargetUrl("/");
    }

    @Override
    public LoginClient buildDetails(HttpServletRequest r) {
        return LoginClient.of(r);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest r, HttpServletResponse s, AuthenticationException e) throws IOException {
        if (e instanceof LoginThrottledException t) {
            s.sendRedirect(r.getContextPath() + "/login?locked=" + Math.max(1, t.waitFor().toSeconds()));
        } else {
            s.sendRedirect(r.getContextPath() + "/login?error");
        }
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest r, HttpServletResponse s, Authentication a) throws IOException, ServletException {
        String previous = a.getDetails() instanceof LoginClient c ? c.deviceTokenHash() : null;
        String replaced = previous != null && devices.owner(previous).filter(a.getName()::equals).isPresent() ? previous : null;
        String token = devices.issue(a.getName(), replaced);
        s.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(LoginClient.DEVICE_COOKIE, token)
                .path(r.getContextPath().isEmpty() ? "/" : r.getContextPath()).httpOnly(true).sameSite("Lax").secure(r.isSecure())
                .maxAge(DeviceTokens.LIFETIME).build().toString());
        success.onAuthenticationSuccess(r, s, a);
    }
}
