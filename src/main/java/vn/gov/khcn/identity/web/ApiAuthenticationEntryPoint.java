package vn.gov.khcn.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * An API call without a session or valid Basic credentials: 401 with a problem detail, not a login page. A Basic
 * sign-in refused by the throttle: 429 with Retry-After.
 */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (e instanceof LoginThrottledException t) {
            long seconds = Math.max(1, t.waitFor().toSeconds());
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(seconds));
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Tạm dừng đăng nhập\",\"status\":429,"
                    + "\"detail\":\"" + t.getMessage() + "\"}");
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"KHCN\"");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Chưa đăng nhập\",\"status\":401,"
                + "\"detail\":\"Cần đăng nhập (phiên làm việc hoặc HTTP Basic) để dùng API.\"}");
    }
}
