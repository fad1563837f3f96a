package vn.gov.khcn.identity.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.shared.web.ErrorResponses;
import vn.gov.khcn.shared.web.ProblemType;

/**
 * A request the security rules refuse says what was not allowed: a page to read ("xem") or a change to make
 * ("thêm, sửa"), with the account's role. The per-unit refusal ("… hồ sơ của Chi cục …") comes from the services'
 * {@code AccessPolicy.requireEdit}; a refused form token says so. An API call gets its problem detail
 * ({@code application/problem+json}) at once, a page the Vietnamese error page.
 */
final class PageRefusals implements AccessDeniedHandler {
    static final String READ = "Bạn không có quyền xem trang này.";
    static final String API_READ = "Bạn không có quyền xem dữ liệu này.";
    static final String FORM_TOKEN = "Thiếu hoặc sai mã bảo vệ biểu mẫu (CSRF), hoặc phiên làm việc đã hết hạn: hãy tải lại trang rồi thử lại. "
            + "Chương trình gọi API hãy dùng HTTP Basic, hoặc gửi mã trong tiêu đề X-CSRF-TOKEN.";

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/") && request.getDispatcherType() != DispatcherType.ERROR;
        if (api) {
            ProblemType type = e instanceof CsrfException ? ProblemType.FORM_TOKEN_REFUSED : ProblemType.FORBIDDEN;
            String detail = e instanceof CsrfException ? FORM_TOKEN : "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
                    ? API_READ : refusal(request.getMethod());
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(type.json(detail, request.getRequestURI()));
            return;
        }
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
