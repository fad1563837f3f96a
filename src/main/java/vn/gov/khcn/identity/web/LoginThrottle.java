package vn.gov.khcn.identity.web;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Login throttling: after 5 failed logins in 15 minutes for one account or one address, further
 * attempts for it are refused until the window has passed.
 */
@Component
@ConditionalOnWebApplication
public class LoginThrottle implements AuthenticationFailureHandler, AuthenticationSuccessHandler {
    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();

    LoginThrottle(Clock clock) {
        this.clock = clock;
        success.setDefaultTargetUrl("/");
    }

    boolean blocked(String key) {
        Deque<Instant> q = failures.get(key);
        if (q == null) {
            return false;
        }
        synchronized (q) {
            Instant limit = clock.instant().minus(WINDOW);
            while (!q.isEmpty() && q.peekFirst().isBefore(limit)) {
                q.pollFirst();
            }
            return q.size() >= MAX_FAILURES;
        }
    }

    void fail(String key) {
        Deque<Instant> q = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (q) {
            q.addLast(clock.instant());
        }
    }

    static String userKey(HttpServletRequest r) {
        String u = r.getParameter("username");
        return "u:" + (u == null ? "" : u.strip().toLowerCase());
    }

    static String addressKey(HttpServletRequest r) {
        return "a:" + r.getRemoteAddr();
    }

    Filter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest r) {
                return !("POST".equals(r.getMethod()) && r.getRequestURI().equals(r.getContextPath() + "/login"));
            }

            @Override
            protected void doFilterInternal(HttpServletRequest r, HttpServletResponse s, jakarta.servlet.FilterChain chain)
                    throws IOException, jakarta.servlet.ServletException {
                if (blocked(userKey(r)) || blocked(addressKey(r))) {
                    s.sendRedirect(r.getContextPath() + "/login?locked");
                    return;
                }
                chain.doFilter(r, s);
            }
        };
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest r, HttpServletResponse s, AuthenticationException e) throws IOException {
        fail(userKey(r));
        fail(addressKey(r));
        s.sendRedirect(r.getContextPath() + "/login?error");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest r, HttpServletResponse s, Authentication a)
            throws IOException, jakarta.servlet.ServletException {
        failures.remove(userKey(r));
        success.onAuthenticationSuccess(r, s, a);
    }
}
