package vn.gov.khcn.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the container's error forward ({@code /error}) answers — a 404 of an unknown address, a 413 of a too large
 * request, a direct visit: a Vietnamese problem detail ({@code application/problem+json}) to the API and to
 * clients that ask for JSON, a Vietnamese error page to browsers. Replaces Spring Boot's English one.
 */
@Controller
public class ErrorResponses implements ErrorController {
    /** A filter that refuses a request may leave its Vietnamese reason here for the answer. */
    public static final String DETAIL = ErrorResponses.class.getName() + ".detail";

    record Text(String title, String detail) {
    }

    static Text text(int status) {
        return switch (status) {
            case 400 -> new Text("Yêu cầu không hợp lệ", "Yêu cầu gửi lên không đúng dạng.");
            case 401 -> new Text("Chưa đăng nhập", "Cần đăng nhập để dùng địa chỉ này.");
            case 403 -> new Text("Không có quyền", "Bạn không có quyền thực hiện thao tác này.");
            case 404 -> new Text("Không tìm thấy", "Địa chỉ bạn tìm không có trong hệ thống.");
            case 405 -> new Text("Phương thức không được hỗ trợ", "Địa chỉ này không nhận thao tác đó.");
            case 413 -> new Text("Dữ liệu gửi lên quá lớn", "Nội dung gửi lên vượt quá giới hạn cho phép: tệp tải lên tối đa 20 MB, "
                    + "dữ liệu khác (JSON, biểu mẫu) tối đa 2 MB.");
            case 415 -> new Text("Kiểu nội dung không được hỗ trợ", "Địa chỉ này không nhận kiểu nội dung đã gửi.");
            case 429 -> new Text("Quá nhiều yêu cầu", "Hãy chờ một lát rồi thử lại.");
            default -> status >= 500
                    ? new Text("Lỗi hệ thống", "Đã có lỗi trong hệ thống; thao tác chưa được thực hiện. Hãy thử lại hoặc báo quản trị.")
                    : new Text("Có lỗi", "Yêu cầu không thực hiện được. Hãy thử lại hoặc báo quản trị.");
        };
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response) {
        // a direct visit to /error has no error behind it: there is nothing here
        int code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer s ? s : 404;
        int status = HttpStatus.resolve(code) == null ? 500 : code;
        Text t = text(status);
        String detail = request.getAttribute(DETAIL) instanceof String d ? d : t.detail();
        if (wantsProblem(request)) {
            ProblemDetail p = ApiErrors.problem(HttpStatus.valueOf(status), t.title(), detail, null);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
        }
        response.setStatus(status);
        ModelAndView mv = new ModelAndView("error");
        mv.addObject("status", status);
        mv.addObject("title", t.title());
        mv.addObject("message", detail);
        return mv;
    }

    /** The API, and clients that accept JSON but not HTML. */
    private static boolean wantsProblem(HttpServletRequest r) {
        Object uri = r.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String u ? u : r.getRequestURI();
        if (path.startsWith(r.getContextPath() + "/api/")) {
            return true;
        }
        String accept = r.getHeader("Accept");
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }
}
