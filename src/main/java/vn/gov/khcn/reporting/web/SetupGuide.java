package vn.gov.khcn.reporting.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.gov.khcn.reporting.DepartmentSettings;
import vn.gov.khcn.reporting.ReportSettings;

/**
 * While the department's settings are incomplete, an administrator opening any page (the first sign-in lands on
 * the home page) is led to the set-up page, and every other page carries a notice naming what is missing.
 * The API, the set-up page itself and the profile page (a fresh installation loads another department's set-up there)
 * are left alone.
 */
@Configuration
@ConditionalOnWebApplication
class SetupGuide implements WebMvcConfigurer, HandlerInterceptor {
    /** The model attribute the layout shows; the request attribute carries it from preHandle under another name. */
    static final String MISSING = "setupMissing";
    private static final String HELD = SetupGuide.class.getName() + ".missing";
    private final ReportSettings settings;

    SetupGuide(ReportSettings settings) {
        this.settings = settings;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/api/**", "/v3/**", "/swagger-ui/**", "/swagger-ui.html", "/setup", "/setup/**", "/admin/profile", "/admin/profile/**", "/login", "/logout", "/error",
                "/css/**", "/js/**", "/img/**", "/actuator/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest req, HttpServletResponse res, Object handler) throws Exception {
        if (!(handler instanceof HandlerMethod) || !"GET".equals(req.getMethod()) || !signedIn()) {
            return true;
        }
        List<DepartmentSettings.Item> missing = settings.get().missing();
        if (!missing.isEmpty() && hasRole("ROLE_ADMIN")) {
            res.sendRedirect(req.getContextPath() + "/setup");
            return false;
        }
        if (!missing.isEmpty()) {
            req.setAttribute(HELD, missing);
        }
        return true;
    }

    @Override
    public void postHandle(HttpServletRequest req, HttpServletResponse res, Object handler, ModelAndView mv) {
        Object missing = req.getAttribute(HELD);
        if (mv != null && missing instanceof List<?> l && !l.isEmpty() && mv.getViewName() != null && !mv.getViewName().startsWith("redirect:")) {
            mv.addObject(MISSING, l.stream().map(i -> ((DepartmentSettings.Item) i).label()).toList());
        }
    }

    private static boolean signedIn() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.isAuthenticated() && !(a instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
    }

    private static boolean hasRole(String role) {
        return SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream().anyMatch(g -> role.equals(g.getAuthority()));
    }
}
