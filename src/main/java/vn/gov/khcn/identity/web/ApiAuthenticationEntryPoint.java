package vn.gov.khcn.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import vn.gov.khcn.shared.web.ProblemType;

/**
 * An API call without a session or valid Basic credentials: 401 with a problem detail, not a login page; a wrong
 * user name or password says so. A Basic sign-in refused by the throttle: 429 with Retry-After.
 */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {
    static final String NOT_SIGNED_IN = "Cần đăng nhập (phiên làm việc hoặc HTTP Basic) để dùng API.";
    /** The same for a wrong password, an unknown user and a disabled account: the answer tells no one which accounts exist. */
    static final String WRONG_PASSWORD = "Tên đăng nhập hoặc mật khẩu không đúng (hoặc tài khoản đã bị khóa).";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (e instanceof LoginThrottledException t) {
            long seconds = Math.max(1, t.waitFor().toSeconds());
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(seconds));
            response.getWriter().write(ProblemType.LOGIN_THROTTLED.json(t.getMessage(), request.getRequestURI()));
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"KHCN\"");
        boolean refusedSignIn = e instanceof BadCredentialsException || e instanceof AccountStatusException;
        String detail = refusedSignIn ? WRONG_PASSWORD : NOT_SIGNED_IN;
        response.getWriter().write(ProblemType.NOT_SIGNED_IN.json(detail, request.getRequestURI()));
    }
}
