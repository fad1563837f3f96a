package vn.gov.khcn.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.gov.khcn.identity.UserAccounts;

/**
 * Web security: every page and API call needs a session except login, health and static files; the
 * API also takes HTTP Basic for scripts. Forms carry CSRF tokens; a Basic-authenticated API call,
 * which no browser sends by itself, needs none. No inline script is allowed by the CSP. Form and Basic
 * sign-ins are throttled alike ({@link ThrottledLogins}); a session ends when its account is disabled or
 * given a new password ({@link AccountSessions}). A password that matched is remembered in memory for a few minutes, so
 * Basic scripts pay bcrypt once, not on every call ({@link RememberedPasswords}); no session is made for them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfig {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The one password sign-in of the application, form and Basic: throttled. Its password checks are bcrypt, with a
     * matching (password, stored hash) pair remembered in memory for five minutes, so that HTTP Basic scripts do not
     * pay bcrypt on every call (decision 0024). Not a bean of its own: the application's encoder stays the only one.
     */
    @Bean
    ThrottledLogins throttledLogins(UserAccounts accounts, org.springframework.security.crypto.password.PasswordEncoder encoder,
                                    java.time.Clock clock, vn.gov.khcn.identity.internal.LoginThrottles throttles,
                                    vn.gov.khcn.identity.internal.DeviceTokens devices) {
        var remembered = new RememberedPasswords(encoder, RememberedPasswords.DEFAULT_TTL, RememberedPasswords.DEFAULT_MAX_ENTRIES, clock);
        return new ThrottledLogins(accounts, remembered, throttles, devices);
    }

    /**
     * The actuator: the health summary for anyone (load balancers, uptime checks); its details, the metrics
     * ({@code /actuator/prometheus}) and the rest for administrators and the monitoring account, over HTTP Basic or an
     * administrator's session. Read-only, so no CSRF token; a Basic sign-in creates no session.
     */
    @Bean
    @org.springframework.core.annotation.Order(1)
    SecurityFilterChain actuator(HttpSecurity http, LoginThrottle throttle, ThrottledLogins logins, UserAccounts accounts,
                                 @Value("${khcn.monitoring.username:}") String monitoringUser,
                                 @Value("${khcn.monitoring.password:}") String monitoringPassword) throws Exception {
        java.util.List<org.springframework.security.authentication.AuthenticationProvider> providers = new java.util.ArrayList<>();
        MonitoringAccount.provider(monitoringUser, monitoringPassword).ifPresent(providers::add);
        providers.add(logins);
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasAnyRole("ADMIN", MonitoringAccount.ROLE))
                .authenticationManager(new org.springframework.security.authentication.ProviderManager(providers))
                .httpBasic(b -> b.realmName("KHCN").authenticationDetailsSource(throttle)
                        .authenticationEntryPoint(new ApiAuthenticationEntryPoint()))
                .csrf(c -> c.disable())
                .exceptionHandling(e -> e.accessDeniedHandler(new PageRefusals())
                        .authenticationEntryPoint(new ApiAuthenticationEntryPoint()))
                .headers(h -> h.frameOptions(f -> f.deny()));
        http.addFilterBefore(new AccountSessions(accounts), org.springframework.security.web.authentication.AnonymousAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    SecurityFilterChain web(HttpSecurity http, LoginThrottle throttle, UserAccounts accounts,
                            ObjectProvider<ClientRegistrationRepository> oidc,
                            @Value("${khcn.oidc.username-claim:preferred_username}") String usernameClaim) throws Exception {
        RequestMatcher apiCall = (HttpServletRequest r) -> r.getRequestURI().startsWith(r.getContextPath() + "/api/");
        RequestMatcher basicApiCall = (HttpServletRequest r) -> r.getRequestURI().startsWith(r.getContextPath() + "/api/")
                && r.getHeader("Authorization") != null && r.getHeader("Authorization").regionMatches(true, 0, "Basic ", 0, 6);
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error",
                                "/actuator/health", "/actuator/health/**").permitAll()
                        // the department profile: its whole set-up out, or into a fresh installation
                        .requestMatchers("/api/profile", "/api/profile/**", "/admin/profile", "/admin/profile/**").hasRole("ADMIN")
                        // the geography register (communes, former districts): the office and administrators
                        .requestMatchers("/geography", "/geography/**").hasAnyRole("ADMIN", "OFFICE")
                        .requestMatchers(HttpMethod.GET, "/admin/**").hasRole("ADMIN")
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/units", "/api/units/**").authenticated()
                        .requestMatchers("/api/units", "/api/units/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/**").authenticated()
                        .requestMatchers(HttpMethod.HEAD, "/**").authenticated()
                        // Reports: the office compiles, directors approve, units write their own narratives and mark them done.
                        .requestMatchers(HttpMethod.POST, "/reports/*/status").hasAnyRole("ADMIN", "DIRECTOR", "OFFICE")
                        .requestMatchers(HttpMethod.POST, "/api/reports/*/approve", "/api/reports/*/return").hasAnyRole("ADMIN", "DIRECTOR", "OFFICE")
                        .requestMatchers(HttpMethod.POST, "/reports/*/narratives", "/reports/*/sections", "/api/reports/*/sections")
                        .hasAnyRole("ADMIN", "OFFICE", "UNIT_STAFF")
                        .requestMatchers("/reports/**", "/api/reports/**").hasAnyRole("ADMIN", "OFFICE")
                        // the reports' deadlines are the department's settings: the office or an administrator
                        .requestMatchers(HttpMethod.POST, "/calendar/**").hasAnyRole("ADMIN", "OFFICE")
                        // Checking a PDF's digital signature changes nothing: any signed-in user.
                        .requestMatchers(HttpMethod.POST, "/signatures/verify").authenticated()
                        // Otherwise only those who keep records write.
                        .anyRequest().hasAnyRole("ADMIN", "OFFICE", "UNIT_STAFF"))
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).authenticationDetailsSource(throttle)
                        .failureHandler(throttle).successHandler(throttle).permitAll())
                .httpBasic(b -> b.realmName("KHCN").authenticationDetailsSource(throttle)
                        .authenticationEntryPoint(new ApiAuthenticationEntryPoint()))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").invalidateHttpSession(true)
                        .deleteCookies("SESSION"))
                // the error forward only renders an answer: a request refused before the CSRF check (too large)
                // must get its 413, not a 403 for a token the refused body was never read for
                .csrf(c -> c.ignoringRequestMatchers(basicApiCall, r -> r.getDispatcherType() == jakarta.servlet.DispatcherType.ERROR))
                .exceptionHandling(e -> e
                        .accessDeniedHandler(new PageRefusals())
                        .defaultAuthenticationEntryPointFor(new ApiAuthenticationEntryPoint(), apiCall)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), r -> true))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()));
        if (oidc.getIfAvailable() != null) {
            // External sign-in is on only when a provider is configured (spring.security.oauth2.client.*).
            http.oauth2Login(o -> o.loginPage("/login")
                    .userInfoEndpoint(u -> u.oidcUserService(new OidcAccounts(accounts, usernameClaim)))
                    .failureUrl("/login?error"));
        }
        http.addFilterBefore(new AccountSessions(accounts), org.springframework.security.web.authentication.AnonymousAuthenticationFilter.class);
        return http.build();
    }
}
