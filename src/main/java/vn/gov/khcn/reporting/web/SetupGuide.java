package vn.gov.khcn.reporting.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.gov.khcn.reporting.DepartmentSettings;
import vn.gov.khcn.reporting.ReportSettings;

/**
 * While the department's settings are incomplete, an administrator opening any page (the first sign-in lands on
 * the home page) is led to the set-up page, and every other page carries a notice naming what is missing.
 * The API, the set-up page itself and the profile page (a fresh installation loads another department's set-up there)
 * are left alone. A message meant for the page the administrator asked for (a refused report) moves with them to /setup.
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
            carryMessages(req, res);
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

    /**
     * A message the page was to show (a refusal after a form, e.g. a report that could not be created) is shown on the
     * set-up page instead of being lost with the redirect.
     */
    private static void carryMessages(HttpServletRequest req, HttpServletResponse res) {
        Map<String, ?> held = RequestContextUtils.getInputFlashMap(req);
        FlashMapManager manager = RequestContextUtils.getFlashMapManager(req);
        if (held == null || held.isEmpty() || manager == null) {
            return;
        }
        FlashMap carried = new FlashMap();
        carried.putAll(held);
        carried.setTargetRequestPath(req.getContextPath() + "/setup");
        manager.saveOutputFlashMap(carried, req, res);
    }

    private static boolean signedIn() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.isAuthenticated() && !(a instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
    }

    private static boolean hasRole(String role) {
        return SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream().anyMatch(g -> role.equals(g.getAuthority()));
    }
}
