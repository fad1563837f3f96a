package vn.gov.khcn.shared.web;

import jakarta.servlet.http.HttpServletRequest;
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

    /** A problem of the given kind: its type URI, status and title, a Vietnamese detail and, where known, the field. */
    public static ProblemDetail problem(ProblemType type, String detail, String field) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(type.status(), detail);
        p.setTitle(type.title());
        p.setType(type.uri());
        if (field != null) {
            p.setProperty("field", field);
            p.setProperty("errors", List.of(Map.of("field", field, "message", detail)));
        }
        return p;
    }

    /** A problem of a status with its own title: the status's general type ({@link ProblemType#of}). */
    public static ProblemDetail problem(HttpStatus status, String title, String detail, String field) {
        ProblemDetail p = problem(ProblemType.of(status.value()), detail, field);
        p.setTitle(title);
        return p;
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException e) {
        return problem(ProblemType.INVALID_INPUT, e.getMessage(), e.field());
    }

    /** The department is not set up yet: 409, with the Vietnamese labels of what is missing. */
    @ExceptionHandler(vn.gov.khcn.shared.SetupRequiredException.class)
    ProblemDetail setupRequired(vn.gov.khcn.shared.SetupRequiredException e) {
        ProblemDetail p = problem(ProblemType.SETUP_REQUIRED, e.getMessage(), e.field());
        p.setProperty("missing", e.missing());
        return p;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(ProblemType.NOT_FOUND, e.getMessage(), null);
    }

    @ExceptionHandler(ConcurrentEditException.class)
    ProblemDetail conflict(ConcurrentEditException e) {
        ProblemDetail p = problem(ProblemType.EDIT_CONFLICT, e.getMessage(), null);
        p.setProperty("changes", e.changes());
        if (e.current() != null) {
            p.setProperty("current", e.current());
        }
        return p;
    }

    /** A change sent without the version it was made from: 428, so that nothing is overwritten blindly. */
    @ExceptionHandler(vn.gov.khcn.shared.VersionRequiredException.class)
    ProblemDetail versionRequired(vn.gov.khcn.shared.VersionRequiredException e) {
        return problem(ProblemType.VERSION_REQUIRED, e.getMessage(), "version");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return problem(ProblemType.FORBIDDEN, e.getMessage() == null || e.getMessage().startsWith("Access")
                ? "Bạn không có quyền thực hiện thao tác này." : e.getMessage(), null);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    ProblemDetail unreadable(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RequestBodyLimit.TooLargeException) {
                return problem(ProblemType.TOO_LARGE, RequestBodyLimit.detail(limitOf(t)), null);
            }
        }
        String field = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
                : e instanceof MissingServletRequestParameterException m ? m.getParameterName() : null;
        return problem(ProblemType.UNREADABLE_INPUT,
                "Dữ liệu gửi lên không đọc được: kiểm tra kiểu của từng trường (số, ngày dạng yyyy-MM-dd, mã trong danh mục).", field);
    }

    private static long limitOf(Throwable tooLarge) {
        return ((RequestBodyLimit.TooLargeException) tooLarge).limit();
    }

    @ExceptionHandler(org.springframework.validation.BindException.class)
    ProblemDetail binding(org.springframework.validation.BindException e) {
        var fe = e.getFieldError();
        String field = fe == null ? null : fe.getField();
        return problem(ProblemType.INVALID_INPUT,
                field == null ? "Dữ liệu gửi lên không hợp lệ." : "Giá trị của trường \"" + field + "\" không đúng kiểu hoặc bị thiếu.", field);
    }

    @ExceptionHandler({org.springframework.web.multipart.support.MissingServletRequestPartException.class,
            org.springframework.web.multipart.MultipartException.class,
            org.springframework.web.HttpMediaTypeNotSupportedException.class})
    ProblemDetail badPart(Exception e) {
        return problem(ProblemType.BAD_REQUEST, "Yêu cầu thiếu tệp hoặc có kiểu nội dung không được hỗ trợ.", null);
    }

    /** The database refused a value (too long, duplicate, missing): the whole change was rolled back. */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ProblemDetail integrity(org.springframework.dao.DataIntegrityViolationException e) {
        log.warn("Refused by the database: {}", e.getMostSpecificCause().getMessage());
        return problem(ProblemType.REFUSED_BY_DATABASE,
                "Dữ liệu không lưu được: có giá trị quá dài, bị trùng hoặc còn thiếu. Không có gì thay đổi.", null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException e) {
        return problem(ProblemType.METHOD_NOT_ALLOWED, "Địa chỉ này không nhận phương thức " + e.getMethod() + ".", null);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problem(ProblemType.TOO_LARGE, "Tệp tải lên vượt quá giới hạn cho phép.", null);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest req) {
        if (ClientAborts.is(e)) {
            // nobody is left to answer: one line, no stack trace
            log.info(ClientAborts.line(req, e));
            return null;
        }
        log.error("Unexpected error on {} {}", req.getMethod(), RequestLog.route(req), e);
        return problem(ProblemType.SERVER_ERROR, "Đã có lỗi trong hệ thống; thao tác chưa được thực hiện. Hãy thử lại hoặc báo quản trị.", null);
    }
}
