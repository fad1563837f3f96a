package vn.gov.khcn.shared.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * The kinds of error the API answers, each with its {@code type} URI ({@code urn:khcn:problem:<name>}), its status
 * and its Vietnamese title. A client branches on the type, shows the {@code detail}. Listed in docs/api-errors.md.
 */
public enum ProblemType {
    INVALID_INPUT("invalid-input", HttpStatus.BAD_REQUEST, "Dữ liệu không hợp lệ"),
    UNREADABLE_INPUT("unreadable-input", HttpStatus.BAD_REQUEST, "Dữ liệu không hợp lệ"),
    REFUSED_BY_DATABASE("refused-by-database", HttpStatus.BAD_REQUEST, "Dữ liệu không hợp lệ"),
    BAD_REQUEST("bad-request", HttpStatus.BAD_REQUEST, "Yêu cầu không hợp lệ"),
    NOT_SIGNED_IN("not-signed-in", HttpStatus.UNAUTHORIZED, "Chưa đăng nhập"),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Không có quyền"),
    FORM_TOKEN_REFUSED("form-token-refused", HttpStatus.FORBIDDEN, "Không có quyền"),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Không tìm thấy"),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Phương thức không được hỗ trợ"),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Không có dạng trả lời phù hợp"),
    EDIT_CONFLICT("edit-conflict", HttpStatus.CONFLICT, "Xung đột khi lưu"),
    SETUP_REQUIRED("setup-required", HttpStatus.CONFLICT, "Sở chưa thiết lập"),
    TOO_LARGE("too-large", HttpStatus.PAYLOAD_TOO_LARGE, "Dữ liệu gửi lên quá lớn"),
    UNSUPPORTED_CONTENT("unsupported-content", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Kiểu nội dung không được hỗ trợ"),
    VERSION_REQUIRED("version-required", HttpStatus.PRECONDITION_REQUIRED, "Thiếu phiên bản"),
    LOGIN_THROTTLED("login-throttled", HttpStatus.TOO_MANY_REQUESTS, "Tạm dừng đăng nhập"),
    SERVER_ERROR("server-error", HttpStatus.INTERNAL_SERVER_ERROR, "Lỗi hệ thống"),
    UNAVAILABLE("unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Tạm thời không phục vụ được");

    public static final String PREFIX = "urn:khcn:problem:";

    private final String name;
    private final HttpStatus status;
    private final String title;

    ProblemType(String name, HttpStatus status, String title) {
        this.name = name;
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return URI.create(PREFIX + name);
    }

    public String shortName() {
        return name;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The general type of a status with no more specific one (the container's error forward, a filter's refusal). */
    public static ProblemType of(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> NOT_SIGNED_IN;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> EDIT_CONFLICT;
            case 413 -> TOO_LARGE;
            case 415 -> UNSUPPORTED_CONTENT;
            case 428 -> VERSION_REQUIRED;
            case 429 -> LOGIN_THROTTLED;
            case 503 -> UNAVAILABLE;
            default -> SERVER_ERROR;
        };
    }

    /**
     * The problem detail as JSON text, for filters and entry points that answer before Spring MVC (no message
     * converter there): the same members as {@link ApiErrors#problem}.
     */
    public String json(String detail, String instance) {
        return "{\"type\":\"" + uri() + "\",\"title\":\"" + escape(title) + "\",\"status\":" + status.value() + ",\"detail\":\""
                + escape(detail) + "\"" + (instance == null ? "" : ",\"instance\":\"" + escape(instance) + "\"") + "}";
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
