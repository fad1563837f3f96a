package vn.gov.khcn.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The remembered password checks alone: bcrypt once per exact (password, hash) pair and period, never for a failure. */
class RememberedPasswordsTest {
    /** bcrypt at its lowest cost, counting its checks. */
    static final class Counting implements PasswordEncoder {
        final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    }

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-03T08:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final Counting bcrypt = new Counting();
    final MovableClock clock = new MovableClock();
    final RememberedPasswords passwords = new RememberedPasswords(bcrypt, Duration.ofMinutes(5), 3, clock);
    final String hash = bcrypt.encode("matkhau12345");

    @Test
    void aMatchingPairIsCheckedOnceAndAgainAfterItsPeriod() {
        assertThat(passwords.matches("matkhau12345", hash)).isTrue();
        assertThat(passwords.matches("matkhau12345", hash)).isTrue();
        assertThat(passwords.matches("matkhau12345", hash)).isTrue();
        assertThat(bcrypt.checks).hasValue(1);
        assertThat(passwords.checks()).isEqualTo(1);

        clock.now = clock.now.plus(Duration.ofMinutes(5));
        assertThat(passwords.matches("matkhau12345", hash)).isTrue();
        assertThat(bcrypt.checks).hasValue(2);
    }

    @Test
    void aWrongPasswordIsCheckedEveryTimeAndNeverRemembered() {
        assertThat(passwords.matches("matkhau12345", hash)).isTrue();
        for (int i = 0; i < 3; i++) {
            assertThat(passwords.matches("matkhau1234", hash)).isFalse();
        }
        assertThat(bcrypt.checks).hasValue(4);
        assertThat(passwords.size()).isEqualTo(1);
    }

    @Test
    void aNewHashNeverMatchesTheOldPassword() {
        assertThat(passwords.matches("matkhau12345", hash)).isTrue();
        String newHash = bcrypt.encode("matkhau-moi-678");
        assertThat(passwords.matches("matkhau12345", newHash)).isFalse();
        assertThat(passwords.matches("matkhau-moi-678", newHash)).isTrue();
        assertThat(bcrypt.checks).hasValue(3);
    }

    @Test
    void theHashesItMadeItselfAreNeverRemembered() {
        // the stand-in hash Spring Security checks unknown accounts against: an unknown account must stay as slow as a known one
        String standIn = passwords.encode("userNotFoundPassword");
        assertThat(passwords.matches("userNotFoundPassword", standIn)).isTrue();
        assertThat(passwords.matches("userNotFoundPassword", standIn)).isTrue();
        assertThat(bcrypt.checks).hasValue(2);
        assertThat(passwords.size()).isZero();
    }

    @Test
    void theMemoryIsBounded() {
        for (int i = 0; i < 10; i++) {
            String h = bcrypt.encode("matkhau-" + i);
            assertThat(passwords.matches("matkhau-" + i, h)).isTrue();
            assertThat(passwords.size()).isLessThanOrEqualTo(3);
        }
    }
}
