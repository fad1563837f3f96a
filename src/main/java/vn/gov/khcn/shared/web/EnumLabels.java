package vn.gov.khcn.shared.web;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;

/**
 * The Vietnamese label of every enum constant of the application that has one ({@code label()}), by its name: for
 * pages that show stored values of any register (the audit trail's before and after), where the value is only a name
 * like "ACCEPTED". Where two enums share a name, the first found names it. Templates: {@code @enumLabels}.
 */
@Component("enumLabels")
public class EnumLabels {
    private final Map<String, String> labels = new TreeMap<>();

    EnumLabels() {
        var scan = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition d) {
                return true;
            }
        };
        scan.addIncludeFilter(new AssignableTypeFilter(Enum.class));
        for (var d : scan.findCandidateComponents("vn.gov.khcn")) {
            try {
                Class<?> c = Class.forName(d.getBeanClassName());
                if (!c.isEnum()) {
                    continue;
                }
                Method label = c.getMethod("label");
                for (Object o : c.getEnumConstants()) {
                    Object l = label.invoke(o);
                    if (l instanceof String s && !s.isBlank()) {
                        labels.putIfAbsent(((Enum<?>) o).name(), s);
                    }
                }
            } catch (ReflectiveOperationException | LinkageError e) {
                // an enum without a label() is not shown to users
            }
        }
    }

    /** The label of the constant named {@code name}, or {@code name} itself when no enum labels it. */
    public String label(String name) {
        return name == null ? "" : labels.getOrDefault(name, name);
    }

    public boolean has(String name) {
        return name != null && labels.containsKey(name);
    }
}
