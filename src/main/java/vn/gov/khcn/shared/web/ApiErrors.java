package vn.gov.khcn.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import vn.gov.khcn.shared.ConcurrentEditException;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.NotFoundException;

/**
 * Errors of the REST API as RFC 9457 problem details with a Vietnamese message and, where known, the
 * field. No stack trace or SQL ever reaches a client.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiErrors {
    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    public static ProblemDetail problem(HttpStatus status, String title, String detail, String field) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        p.setType(URI.create("about:blank"));
        if (field != null) {
            p.setProperty("field", field);
            p.setProperty("errors", List.of(Map.of("field", field, "message", detail)));
        }
        return p;
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException e) {
        return problem(HttpStatus.BAD_REQUEST, "Dữ liệu không hợp lệ", e.getMessage(), e.field());
    }

    /** The department is not set up yet: 409, with the Vietnamese labels of what is missing. */
    @ExceptionHandler(vn.gov.khcn.shared.SetupRequiredException.class)
    ProblemDetail setupRequired(vn.gov.khcn.shared.SetupRequiredException e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, "Sở chưa thiết lập", e.getMessage(), e.field());
        p.setProperty("missing", e.missing());
        return p;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Không tìm thấy", e.getMessage(), null);
    }

    @ExceptionHandler(ConcurrentEditException.class)
    ProblemDetail conflict(ConcurrentEditException e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, "Xung đột khi lưu", e.getMessage(), null);
        p.setProperty("changes", e.changes());
        if (e.current() != null) {
            p.setProperty("current", e.current());
        }
        return p;
    }

    /** A change sent without the version it was made from: 428, so that nothing is overwritten blindly. */
    @ExceptionHandler(vn.gov.khcn.shared.VersionRequiredException.class)
    ProblemDetail versionRequired(vn.gov.khcn.shared.VersionRequiredException e) {
        return problem(HttpStatus.PRECONDITION_REQUIRED, "Thiếu phiên bản", e.getMessage(), "version");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Không có quyền", e.getMessage() == null || e.getMessage().startsWith("Access")
                ? "Bạn không có quyền thực hiện thao tác này." : e.getMessage(), null);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    ProblemDetail unreadable(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RequestBodyLimit.TooLargeException) {
                return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Dữ liệu gửi lên quá lớn", RequestBodyLimit.detail(limitOf(t)), null);
            }
        }
        String field = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
                : e instanceof MissingServletRequestParameterException m ? m.getParameterName() : null;
        return problem(HttpStatus.BAD_REQUEST, "Dữ liệu không hợp lệ",
                "Dữ liệu gửi lên không đọc được: kiểm tra kiểu của từng trường (số, ngày dạng yyyy-MM-dd, mã trong danh mục).", field);
    }

    private static long limitOf(Throwable tooLarge) {
        return ((RequestBodyLimit.TooLargeException) tooLarge).limit();
    }

    @ExceptionHandler(org.springframework.validation.BindException.class)
    ProblemDetail binding(org.springframework.validation.BindException e) {
        var fe = e.getFieldError();
        String field = fe == null ? null : fe.getField();
        return problem(HttpStatus.BAD_REQUEST, "Dữ liệu không hợp lệ",
                field == null ? "Dữ liệu gửi lên không hợp lệ." : "Giá trị của trường \"" + field + "\" không đúng kiểu hoặc bị thiếu.", field);
    }

    @ExceptionHandler({org.springframework.web.multipart.support.MissingServletRequestPartException.class,
            org.springframework.web.multipart.MultipartException.class,
            org.springframework.web.HttpMediaTypeNotSupportedException.class})
    ProblemDetail badPart(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, "Dữ liệu không hợp lệ", "Yêu cầu thiếu tệp hoặc có kiểu nội dung không được hỗ trợ.", null);
    }

    /** The database refused a value (too long, duplicate, missing): the whole change was rolled back. */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ProblemDetail integrity(org.springframework.dao.DataIntegrityViolationException e) {
        log.warn("Refused by the database: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.BAD_REQUEST, "Dữ liệu không hợp lệ",
                "Dữ liệu không lưu được: có giá trị quá dài, bị trùng hoặc còn thiếu. Không có gì thay đổi.", null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException e) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "Phương thức không được hỗ trợ", "Địa chỉ này không nhận phương thức " + e.getMethod() + ".", null);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Tệp quá lớn", "Tệp tải lên vượt quá giới hạn cho phép.", null);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest req) {
        log.error("Unexpected error on {} {}", req.getMethod(), req.getRequestURI(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Lỗi hệ thống", "Đã có lỗi trong hệ thống; thao tác chưa được thực hiện. Hãy thử lại hoặc báo quản trị.", null);
    }
}
