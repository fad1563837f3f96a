package vn.gov.khcn.identity.web;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without checking the password, because its account, address or device must wait first. */
class LoginThrottledException extends AuthenticationException {
    private final Duration wait;

    LoginThrottledException(Duration wait) {
        super("Đăng nhập sai nhiều lần: hãy thử lại sau " + shown(wait) + ".");
        this.wait = wait;
    }

    Duration waitFor() {
        return wait;
    }

    static String shown(Duration d) {
        long s = Math.max(1, d.toSeconds());
        return s < 120 ? s + " giây" : (s + 59) / 60 + " phút";
    }
}
