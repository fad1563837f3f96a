package vn.gov.khcn.exchange;

import java.util.Map;
import java.util.Set;
import org.springframework.core.ResolvableType;
import org.springframework.format.datetime.standard.DateTimeFormatterRegistrar;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.validation.DataBinder;
import org.springframework.validation.FieldError;
import vn.gov.khcn.shared.DomainException;

/**
 * Binds a list page's query parameters to the register's query record exactly as Spring MVC binds them for the
 * page (constructor binding, ISO dates as {@code spring.mvc.format.date=iso} sets them), so an export selects what
 * the page shows.
 */
final class QueryBinding {
    private static final DefaultFormattingConversionService CONVERSIONS = new DefaultFormattingConversionService(false);

    static {
        DefaultFormattingConversionService.addDefaultFormatters(CONVERSIONS);
        DateTimeFormatterRegistrar iso = new DateTimeFormatterRegistrar();
        iso.setUseIsoFormat(true);
        iso.registerFormatters(CONVERSIONS);
    }

    private QueryBinding() {
    }

    @SuppressWarnings("unchecked")
    static <Q> Q bind(Class<Q> type, Map<String, String> params) {
        DataBinder binder = new DataBinder(null, "query");
        binder.setTargetType(ResolvableType.forClass(type));
        binder.setConversionService(CONVERSIONS);
        binder.construct(new DataBinder.ValueResolver() {
            @Override
            public Object resolveValue(String name, Class<?> paramType) {
                String v = params.get(name);
                return v == null || v.isBlank() ? null : v;
            }

            @Override
            public Set<String> getNames() {
                return params.keySet();
            }
        });
        FieldError error = binder.getBindingResult().getFieldError();
        if (error != null) {
            throw new DomainException(error.getField(), "Giá trị lọc \"" + error.getRejectedValue() + "\" của \"" + error.getField()
                    + "\" không hợp lệ.");
        }
        return (Q) binder.getTarget();
    }
}
