package vn.gov.khcn.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * One line per request on the logger {@code khcn.requests}: method, route, status, duration. No personal data: the
 * route is the pattern that matched ({@code /admin/users/{username}/enabled}, {@code /api/tasks/{id}}), never the address as
 * sent, its query (searches name people) or the client's address or account. Static files and the health probe are
 * left out. Level INFO; {@code logging.level.khcn.requests=WARN} turns it off.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestLog extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger("khcn.requests");

    /** The route a request matched, or its first path segment followed by "…" when none did (an unknown address). */
    public static String route(HttpServletRequest r) {
        if (r.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String pattern && !pattern.equals("/**")) {
            return pattern;
        }
        String path = r.getRequestURI().substring(Math.min(r.getContextPath().length(), r.getRequestURI().length()));
        int second = path.indexOf('/', 1);
        return (second < 0 ? path : path.substring(0, second)) + "/…";
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest r) {
        String p = r.getRequestURI().substring(r.getContextPath().length());
        return !log.isInfoEnabled() || p.startsWith("/css/") || p.startsWith("/js/") || p.startsWith("/img/") || p.equals("/favicon.ico")
                || p.startsWith("/actuator/health");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest r, HttpServletResponse s, FilterChain chain) throws ServletException, IOException {
        long start = System.nanoTime();
        try {
            chain.doFilter(r, s);
        } finally {
            log.info("{} {} {} {} ms", r.getMethod(), route(r), s.getStatus(), (System.nanoTime() - start) / 1_000_000);
        }
    }
}
