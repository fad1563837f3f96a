package vn.gov.khcn.identity.web;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The account a monitoring system (Prometheus, Zabbix…) signs in with over HTTP Basic to read the metrics and the
 * health details, and nothing else (role MONITORING): {@code khcn.monitoring.username} and
 * {@code khcn.monitoring.password} (best a hash, {@code {bcrypt}$2a$…}; a value without {@code {id}} is taken as the
 * password itself). It is no account of the application: it signs in nowhere else. Unset: only administrators read them.
 */
final class MonitoringAccount {
    static final String ROLE = "MONITORING";

    private MonitoringAccount() {
    }

    static Optional<AuthenticationProvider> provider(String username, String password) {
        if (username == null || username.isBlank() || password == null || password.isBlank()) {
            return Optional.empty();
        }
        String encoded = password.startsWith("{") ? password : "{noop}" + password;
        DaoAuthenticationProvider p = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(
                User.withUsername(username.strip()).password(encoded).roles(ROLE).build()));
        p.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return Optional.of(p);
    }
}
