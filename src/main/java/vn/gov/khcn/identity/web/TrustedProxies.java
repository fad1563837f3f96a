package vn.gov.khcn.identity.web;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.filters.RemoteIpFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Forwarded headers (X-Forwarded-For, -Proto, -Host, -Port) are believed only from the reverse proxies named in
 * {@code khcn.trusted-proxies} (a comma-separated list of addresses as the server sees them, e.g. 127.0.0.1 or
 * 10.0.0.5). By default the list is empty and the headers are ignored: any client could write them, and they
 * would choose the address the login throttle counts and the host of redirects. Tomcat's RemoteIpFilter reads the
 * X-Forwarded-For chain from the right, so a value the client itself put at its left is never taken.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnExpression("'${khcn.trusted-proxies:}'.trim() != ''")
class TrustedProxies {
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]+");

    @Bean
    FilterRegistrationBean<RemoteIpFilter> forwardedHeadersFromTrustedProxies(@Value("${khcn.trusted-proxies}") String proxies) {
        FilterRegistrationBean<RemoteIpFilter> r = new FilterRegistrationBean<>(filter(parse(proxies)));
        r.setOrder(Ordered.HIGHEST_PRECEDENCE);
        r.addUrlPatterns("/*");
        return r;
    }

    static List<String> parse(String proxies) {
        List<String> list = Arrays.stream(proxies.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (String a : list) {
            if (!ADDRESS.matcher(a).matches()) {
                throw new IllegalArgumentException("khcn.trusted-proxies: \"" + a + "\" không phải một địa chỉ IP (ví dụ 127.0.0.1, 10.0.0.5).");
            }
        }
        return list;
    }

    static RemoteIpFilter filter(List<String> proxies) {
        RemoteIpFilter f = new RemoteIpFilter();
        f.setInternalProxies(proxies.stream().map(Pattern::quote).collect(Collectors.joining("|")));
        f.setTrustedProxies("");
        f.setRemoteIpHeader("X-Forwarded-For");
        f.setProxiesHeader("X-Forwarded-By");
        f.setProtocolHeader("X-Forwarded-Proto");
        f.setHostHeader("X-Forwarded-Host");
        f.setPortHeader("X-Forwarded-Port");
        return f;
    }
}
