package vn.gov.khcn.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload found too large while its parts are read (one without a length, so {@link RequestBodyLimit} could not
 * tell): 413 through the error forward, in Vietnamese, the request marked so that the forward does not read it again.
 */
@Component
class UploadTooLarge implements HandlerExceptionResolver, Ordered {
    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        if (!(e instanceof MaxUploadSizeExceededException m) || handler != null) {
            return null; // with a handler, ApiErrors and PageErrors answer
        }
        try {
            RequestBodyLimit.refuse(request, response, RequestBodyLimit.uploadDetail(m.getMaxUploadSize() > 0 ? m.getMaxUploadSize() : 20L << 20), m);
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
