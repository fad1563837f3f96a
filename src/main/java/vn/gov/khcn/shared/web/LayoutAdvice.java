package vn.gov.khcn.shared.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.gov.khcn.shared.Formats;

/** What every page's layout needs: the signed-in user's name and the formats helper. */
@ControllerAdvice(annotations = Controller.class)
public class LayoutAdvice {
    @ModelAttribute("me")
    public String me() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        // the account's name for a password or an OpenID Connect sign-in alike (the latter names its local account)
        return a != null && a.isAuthenticated() && !(a instanceof org.springframework.security.authentication.AnonymousAuthenticationToken)
                ? a.getName() : null;
    }

    /**
     * The current list page's query without its page number, as "?a=b&c=d" (or ""): export links carry the
     * page's filters to {@code /exchange/export/{register}.{format}} so a file holds what the list shows.
     */
    @ModelAttribute("exportQuery")
    public String exportQuery(jakarta.servlet.http.HttpServletRequest request) {
        String q = request.getQueryString();
        if (q == null || q.isBlank()) {
            return "";
        }
        String kept = java.util.Arrays.stream(q.split("&")).filter(p -> !p.isEmpty() && !p.startsWith("page=") && !p.startsWith("export="))
                .collect(java.util.stream.Collectors.joining("&"));
        return kept.isEmpty() ? "" : "?" + kept;
    }

    /** The current page's path (with the context path), for links to the page itself such as its downloads. */
    @ModelAttribute("requestPath")
    public String requestPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI();
    }

    /**
     * The menu item the current page belongs to, marked {@code aria-current="page"}: the item whose path starts the
     * page's path ("home" for the home page); a register's page, under no item of its own, belongs to "Sổ theo dõi".
     */
    @ModelAttribute("menuItem")
    public String menuItem(jakarta.servlet.http.HttpServletRequest request) {
        return menuItem(request.getRequestURI().substring(request.getContextPath().length()));
    }

    static String menuItem(String path) {
        if (path.isEmpty() || path.equals("/")) {
            return "home";
        }
        for (String item : MENU) {
            if (path.equals("/" + item) || path.startsWith("/" + item + "/")) {
                return item;
            }
        }
        if (path.startsWith("/charts")) {
            return "home";
        }
        return path.startsWith("/setup") || path.startsWith("/signatures") || path.startsWith("/login") || path.startsWith("/vocabularies")
                ? null : "registers";
    }

    private static final java.util.List<String> MENU = java.util.List.of("tasks", "registers", "organisations", "documents", "reports",
            "calendar", "exchange", "audit", "admin");

    @ModelAttribute("fmt")
    public FormatsView fmt() {
        return FormatsView.INSTANCE;
    }

    /** Formats for templates: ${fmt.date(d)}, ${fmt.money(v)}, ${fmt.number(n)}. */
    public static final class FormatsView {
        static final FormatsView INSTANCE = new FormatsView();

        public String date(java.time.LocalDate d) {
            return Formats.date(d);
        }

        public String money(Long v) {
            return Formats.money(v);
        }

        public String number(Long n) {
            return n == null ? "" : Formats.number(n);
        }

        public String dateTime(java.time.OffsetDateTime t) {
            return t == null ? "" : java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(t.atZoneSameInstant(java.time.ZoneId.systemDefault()));
        }
    }
}
