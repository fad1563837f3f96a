package vn.gov.khcn.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.util.WebUtils;

/**
 * A limit on every request body: 2 MB ({@code khcn.web.max-body-size}) for JSON and forms, the upload limit
 * ({@code spring.servlet.multipart.max-file-size}, 20 MB) for uploads. A body that says it is larger is refused
 * with 413 before anything reads it — before the CSRF check, which would otherwise find no token in an upload the
 * server refused to parse and answer 403. A JSON body without a length (chunked) is cut off when it passes the
 * limit, and the API answers 413 too ({@link ApiErrors}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestBodyLimit extends OncePerRequestFilter {
    private final long limit;
    private final long uploadLimit;

    RequestBodyLimit(@Value("${khcn.web.max-body-size:2MB}") DataSize limit,
                     @Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize uploadLimit) {
        this.limit = limit.toBytes();
        this.uploadLimit = uploadLimit.toBytes();
    }

    /** Thrown while reading a body that has grown past the limit. */
    public static final class TooLargeException extends IOException {
        private final long limit;

        TooLargeException(long limit) {
            super("request body larger than " + limit + " bytes");
            this.limit = limit;
        }

        long limit() {
            return limit;
        }
    }

    static String detail(long limit) {
        return "Nội dung gửi lên vượt quá giới hạn " + megabytes(limit) + " MB cho dữ liệu JSON và biểu mẫu "
                + "(tệp tải lên có giới hạn riêng, 20 MB). Không có gì được ghi.";
    }

    static String uploadDetail(long limit) {
        return "Tệp tải lên vượt quá giới hạn " + megabytes(limit) + " MB. Không có gì được ghi: hãy chia tệp thành nhiều tệp nhỏ hơn.";
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest r, HttpServletResponse s, FilterChain chain) throws ServletException, IOException {
        String type = r.getContentType();
        boolean upload = type != null && type.toLowerCase().startsWith("multipart/");
        if (upload && r.getContentLengthLong() > uploadLimit) {
            refuse(r, s, uploadDetail(uploadLimit), new MaxUploadSizeExceededException(uploadLimit));
        } else if (!upload && r.getContentLengthLong() > limit) {
            refuse(r, s, detail(limit), null);
        } else {
            boolean unsized = r.getContentLengthLong() < 0 && r.getHeader("Transfer-Encoding") != null;
            chain.doFilter(!upload && unsized ? new Limited(r, limit) : r, s);
        }
    }

    /**
     * 413: an API call's problem detail at once, a page's through the error forward ({@link ErrorResponses}). An upload
     * is marked as a failed multipart request, so that the forward does not try to read its parts again.
     */
    static void refuse(HttpServletRequest r, HttpServletResponse s, String detail, MultipartException upload) throws IOException {
        if (r.getRequestURI().startsWith(r.getContextPath() + "/api/")) {
            s.setStatus(413);
            s.setContentType("application/problem+json");
            s.setCharacterEncoding(java.nio.charset.StandardCharsets.UTF_8.name());
            s.getWriter().write(ProblemType.TOO_LARGE.json(detail, r.getRequestURI()));
            return;
        }
        r.setAttribute(ErrorResponses.DETAIL, detail);
        if (upload != null) {
            r.setAttribute(WebUtils.ERROR_EXCEPTION_ATTRIBUTE, upload);
        }
        s.sendError(413);
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream in;

        Limited(HttpServletRequest r, long limit) {
            super(r);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (in == null) {
                ServletInputStream raw = super.getInputStream();
                in = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = raw.read();
                        count(b < 0 ? 0 : 1);
                        return b;
                    }

                    @Override
                    public int read(byte[] buf, int off, int len) throws IOException {
                        int n = raw.read(buf, off, len);
                        count(Math.max(n, 0));
                        return n;
                    }

                    private void count(int n) throws TooLargeException {
                        read += n;
                        if (read > limit) {
                            throw new TooLargeException(limit);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return raw.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return raw.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        raw.setReadListener(listener);
                    }
                };
            }
            return in;
        }
    }
}
