package vn.gov.khcn.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.gov.khcn.shared.DomainException;

/**
 * An uploaded file's name with a NUL or another control character is refused (400, in Vietnamese) before any
 * page or API sees it: such a name is no file name, and would otherwise break a path or a database write.
 */
@Configuration(proxyBeanMethods = false)
public class UploadNames implements WebMvcConfigurer, HandlerInterceptor {
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        MultipartHttpServletRequest m = org.springframework.web.util.WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (m != null) {
            for (MultipartFile f : m.getMultiFileMap().values().stream().flatMap(java.util.List::stream).toList()) {
                if (hasControlCharacter(f.getOriginalFilename())) {
                    throw new DomainException(f.getName(), "Tên tệp tải lên có ký tự điều khiển (như NUL, xuống dòng, tab): "
                            + "hãy đổi tên tệp cho chỉ còn chữ, số và dấu thường rồi tải lên lại.");
                }
            }
        }
        return true;
    }

    static boolean hasControlCharacter(String name) {
        return name != null && name.chars().anyMatch(c -> c < 0x20 || c >= 0x7F && c <= 0x9F);
    }
}
