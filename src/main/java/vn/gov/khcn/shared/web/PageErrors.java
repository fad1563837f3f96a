package vn.gov.khcn.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.gov.khcn.shared.ConcurrentEditException;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.NotFoundException;

/** Errors of the web pages: a Vietnamese error page, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class PageErrors {
    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    static ModelAndView page(HttpServletResponse res, int status, String title, String message) {
        res.setStatus(status);
        ModelAndView mv = new ModelAndView("error-page");
        mv.addObject("status", status);
        mv.addObject("title", title);
        mv.addObject("message", message);
        return mv;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletResponse res) {
        return page(res, 404, "Không tìm thấy", e.getMessage());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ModelAndView noResource(NoResourceFoundException e, HttpServletResponse res) {
        return page(res, 404, "Không tìm thấy", "Trang bạn tìm không có.");
    }

    @ExceptionHandler(vn.gov.khcn.shared.SetupRequiredException.class)
    ModelAndView setupRequired(vn.gov.khcn.shared.SetupRequiredException e, HttpServletResponse res) {
        return page(res, 409, "Sở chưa thiết lập", e.getMessage());
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e, HttpServletResponse res) {
        return page(res, 400, "Không thực hiện được", e.getMessage());
    }

    @ExceptionHandler(ConcurrentEditException.class)
    ModelAndView conflict(ConcurrentEditException e, HttpServletResponse res) {
        return page(res, 409, "Xung đột khi lưu", e.getMessage());
    }

    @ExceptionHandler(vn.gov.khcn.shared.VersionRequiredException.class)
    ModelAndView versionRequired(vn.gov.khcn.shared.VersionRequiredException e, HttpServletResponse res) {
        return page(res, 428, "Thiếu phiên bản bản ghi", e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView denied(AccessDeniedException e, HttpServletResponse res) {
        String m = e.getMessage() == null || e.getMessage().startsWith("Access") ? "Bạn không có quyền thực hiện thao tác này." : e.getMessage();
        return page(res, 403, "Không có quyền", m);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView badParam(Exception e, HttpServletResponse res) {
        return page(res, 400, "Dữ liệu không hợp lệ", "Địa chỉ hoặc dữ liệu gửi lên có giá trị không đúng kiểu.");
    }

    @ExceptionHandler(org.springframework.validation.BindException.class)
    ModelAndView binding(org.springframework.validation.BindException e, HttpServletResponse res) {
        var fe = e.getFieldError();
        return page(res, 400, "Dữ liệu không hợp lệ", fe == null ? "Dữ liệu nhập không hợp lệ."
                : "Giá trị của ô \"" + fe.getField() + "\" không đúng kiểu hoặc bị thiếu. Hãy quay lại và nhập lại.");
    }

    @ExceptionHandler({org.springframework.web.multipart.support.MissingServletRequestPartException.class,
            org.springframework.web.multipart.MultipartException.class,
            org.springframework.web.HttpMediaTypeNotSupportedException.class})
    ModelAndView badPart(Exception e, HttpServletResponse res) {
        return page(res, 400, "Dữ liệu không hợp lệ", "Chưa chọn tệp, hoặc nội dung gửi lên không đúng dạng.");
    }

    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ModelAndView integrity(org.springframework.dao.DataIntegrityViolationException e, HttpServletResponse res) {
        log.warn("Refused by the database: {}", e.getMostSpecificCause().getMessage());
        return page(res, 400, "Dữ liệu không hợp lệ", "Dữ liệu không lưu được: có giá trị quá dài, bị trùng hoặc còn thiếu. Không có gì thay đổi.");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView method(HttpRequestMethodNotSupportedException e, HttpServletResponse res) {
        return page(res, 405, "Không được hỗ trợ", "Địa chỉ này không nhận thao tác " + e.getMethod() + ".");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e, HttpServletResponse res) {
        return page(res, 413, "Tệp quá lớn", "Tệp tải lên vượt quá giới hạn cho phép (20 MB).");
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest req, HttpServletResponse res) {
        if (ClientAborts.is(e)) {
            // nobody is left to answer: one line, no stack trace
            log.info(ClientAborts.line(req, e));
            return null;
        }
        log.error("Unexpected error on {} {}", req.getMethod(), RequestLog.route(req), e);
        return page(res, 500, "Lỗi hệ thống", "Đã có lỗi trong hệ thống; thao tác chưa được thực hiện. Hãy thử lại hoặc báo quản trị.");
    }
}
