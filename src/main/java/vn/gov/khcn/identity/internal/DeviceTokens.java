package vn.gov.khcn.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Device tokens (OWASP "device cookies"): a browser that signed in to an account gets a random token for that
 * account; its next sign-ins to the account are throttled per token, not with the account's other clients. Only
 * the SHA-256 of a token is stored, so the table (or a backup of it) cannot be turned into a token.
 */
@Component
public class DeviceTokens {
    public static final Duration LIFETIME = Duration.ofDays(365);
    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcClient jdbc;
    private final Clock clock;

    DeviceTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new token for {@code username}; the previous token of the same browser ({@code replaced}, may be null) ends. */
    public String issue(String username, String replacedHash) {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("delete from login_device where issued_at < :cutoff or token_hash = :old")
                .param("cutoff", now.minus(LIFETIME)).param("old", replacedHash == null ? "" : replacedHash).update();
        jdbc.sql("insert into login_device(token_hash, username, issued_at) values (:h, :u, :t)")
                .param("h", hash(token)).param("u", username).param("t", now).update();
        return token;
    }

    /** The account a token (by its hash) was issued for, while it lasts. */
    public Optional<String> owner(String tokenHash) {
        if (tokenHash == null) {
            return Optional.empty();
        }
        return jdbc.sql("select username from login_device where token_hash = :h and issued_at >= :cutoff")
                .param("h", tokenHash).param("cutoff", OffsetDateTime.now(clock).minus(LIFETIME)).query(String.class).optional();
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
