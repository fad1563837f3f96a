package vn.gov.khcn.shared.web;

import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * The endpoints a register's API inherits are described as its {@link RecordOperations} say; springdoc then numbers
 * the ids that repeat, as it does for every other endpoint.
 */
@Configuration(proxyBeanMethods = false)
class RecordDocumentation {
    @Bean
    OperationCustomizer recordOperationNames() {
        return RecordDocumentation::describe;
    }

    private static Operation describe(Operation operation, HandlerMethod handler) {
        RecordOperations names = AnnotationUtils.findAnnotation(handler.getBeanType(), RecordOperations.class);
        Class<?> declaring = handler.getMethod().getDeclaringClass();
        // only the endpoints the bases declare: a register's own endpoints keep their method names
        if (names == null || declaring != RecordEndpoints.class && declaring != RecordApi.class && declaring != RecordListApi.class) {
            return operation;
        }
        String[] idAndSummary = switch (handler.getMethod().getName()) {
            case "search" -> new String[] {names.search(), names.searchSummary()};
            case "get" -> new String[] {names.get(), names.getSummary()};
            case "create" -> new String[] {names.create(), names.createSummary()};
            case "update" -> new String[] {names.update(), names.updateSummary()};
            default -> new String[] {"", ""};
        };
        if (!idAndSummary[0].isEmpty()) {
            operation.setOperationId(idAndSummary[0]);
        }
        if (!idAndSummary[1].isEmpty()) {
            operation.setSummary(idAndSummary[1]);
        }
        return operation;
    }
}
