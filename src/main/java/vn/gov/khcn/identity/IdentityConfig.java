package vn.gov.khcn.identity;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Beans of the identity area that do not need the web: password hashing and the clock. */
@Configuration(proxyBeanMethods = false)
class IdentityConfig {
    /** bcrypt by default, with the {id} prefix so the algorithm can change without resetting passwords. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
