package vn.gov.khcn.shared.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import vn.gov.khcn.shared.DomainException;

/**
 * Optimistic locking in HTTP terms for the API: a record read by id answers with {@code ETag: "version"}, and a
 * change may send that version as {@code If-Match} instead of (or as well as) the {@code version} field of its body.
 * A change with neither is refused 428 by the register.
 */
@ControllerAdvice(annotations = RestController.class)
class VersionHeaders extends RequestBodyAdviceAdapter implements ResponseBodyAdvice<Object> {
    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        // a command bound through a register's generic API (RecordApi) is its type variable, resolved by the controller
        Class<?> c = targetType instanceof Class<?> k ? k : parameter.getNestedParameterType();
        return versionComponent(c) != null;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        String ifMatch = input.getHeaders().getFirst("If-Match");
        if (ifMatch == null || ifMatch.isBlank()) {
            return body;
        }
        Integer version = parse(ifMatch);
        RecordComponent[] parts = body.getClass().getRecordComponents();
        Object[] values = new Object[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                values[i] = parts[i].getAccessor().invoke(body);
                if (parts[i].getName().equals("version")) {
                    if (values[i] != null && !values[i].equals(version)) {
                        throw new DomainException("version", "If-Match (" + version + ") khác version trong nội dung (" + values[i] + ").");
                    }
                    values[i] = version;
                }
            }
            Constructor<?> canonical = body.getClass().getDeclaredConstructor(
                    Arrays.stream(parts).map(RecordComponent::getType).toArray(Class<?>[]::new));
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Integer parse(String ifMatch) {
        String v = ifMatch.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw new DomainException("version", "If-Match \"" + ifMatch + "\" không phải phiên bản của bản ghi (ví dụ \"3\").");
        }
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return versionComponent(returnType.getParameterType()) != null;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
        if (body != null) {
            RecordComponent v = versionComponent(body.getClass());
            if (v != null) {
                try {
                    response.getHeaders().setETag("\"" + v.getAccessor().invoke(body) + "\"");
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return body;
    }

    private static RecordComponent versionComponent(Class<?> c) {
        if (!c.isRecord()) {
            return null;
        }
        return Arrays.stream(c.getRecordComponents())
                .filter(r -> r.getName().equals("version") && (r.getType() == Integer.class || r.getType() == int.class))
                .findFirst().orElse(null);
    }

}
