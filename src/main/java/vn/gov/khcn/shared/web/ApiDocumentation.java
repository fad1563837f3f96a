package vn.gov.khcn.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs}: its title, the application's version, the two ways to sign in (the
 * session cookie of a browser sign-in, HTTP Basic for scripts), and the problem details every operation may answer.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {
    static final String SESSION = "session";
    static final String BASIC = "basic";
    static final String PROBLEM = "Problem";

    @Bean
    OpenAPI khcnOpenApi(@Value("${khcn.version:dev}") String version,
                        @Value("${server.servlet.session.cookie.name:SESSION}") String cookie) {
        return new OpenAPI()
                .info(new Info().title("KHCN — API").version(version)
                        .description("Hồ sơ và báo cáo của Sở Khoa học và Công nghệ. Mọi lỗi trả về dạng RFC 9457 "
                                + "(application/problem+json) với `detail` bằng tiếng Việt và `type` theo loại lỗi (docs/api-errors.md)."))
                .components(new Components()
                        .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.COOKIE)
                                .name(cookie).description("Phiên làm việc sau khi đăng nhập ở /login; yêu cầu thay đổi dữ liệu gửi kèm mã CSRF "
                                        + "(tiêu đề X-CSRF-TOKEN)."))
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Tên đăng nhập và mật khẩu cho chương trình gọi API; không cần mã CSRF.")))
                .addSecurityItem(new SecurityRequirement().addList(SESSION))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    /** Each operation answers 401 and 403 as problem details, and 400 where it takes input; those it names keep their own text. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            // springdoc replaces the schemas of the bean above with the ones it generates: the problem's is added here
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().values().forEach(item -> item.readOperations().forEach(op -> {
                if (op.getResponses() == null) {
                    return;
                }
                if (op.getRequestBody() != null || op.getParameters() != null && !op.getParameters().isEmpty()) {
                    op.getResponses().putIfAbsent("400", response(ProblemType.INVALID_INPUT));
                }
                op.getResponses().putIfAbsent("401", response(ProblemType.NOT_SIGNED_IN));
                op.getResponses().putIfAbsent("403", response(ProblemType.FORBIDDEN));
            }));
        };
    }

    private static ApiResponse response(ProblemType type) {
        return new ApiResponse().description(type.title()).content(new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        StringSchema type = new StringSchema();
        type.setDescription("Loại lỗi (docs/api-errors.md)");
        Arrays.stream(ProblemType.values()).forEach(t -> type.addEnumItem(t.uri().toString()));
        Schema s = new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", type)
                .addProperty("title", new StringSchema().description("Tên loại lỗi, tiếng Việt"))
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description("Lời giải thích cho người dùng, tiếng Việt"))
                .addProperty("instance", new StringSchema())
                .addProperty("field", new StringSchema().description("Trường gây lỗi, nếu biết"));
        return s;
    }
}
