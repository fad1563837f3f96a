package vn.gov.khcn.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.shared.web.ErrorResponses;

/**
 * A request the security rules refuse says what was not allowed: a page to read ("xem") or a change to make
 * ("thêm, sửa"), with the account's role. The per-unit refusal ("… hồ sơ của Chi cục …") comes from the services'
 * {@code AccessPolicy.requireEdit}; a refused form token keeps the general answer.
 */
final class PageRefusals implements AccessDeniedHandler {
    static final String READ = "Bạn không có quyền xem trang này.";

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        if (!(e instanceof CsrfException)) {
            request.setAttribute(ErrorResponses.DETAIL, refusal(request.getMethod()));
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    static String refusal(String method) {
        if ("GET".equals(method) || "HEAD".equals(method)) {
            return READ;
        }
        return CurrentUser.signedIn().map(u -> switch (u.role()) {
            case VIEWER -> "Bạn không có quyền thêm, sửa hồ sơ: tài khoản của bạn chỉ được xem.";
            case DIRECTOR -> "Bạn không có quyền thêm, sửa hồ sơ: Lãnh đạo Sở xem và duyệt, không nhập hồ sơ.";
            default -> "Bạn không có quyền thực hiện thao tác này.";
        }).orElse("Bạn không có quyền thực hiện thao tác này.");
    }
}
