package vn.gov.khcn.identity.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password encoder of sign-ins, remembering for a short time that a presented password matched a stored hash, so
 * that a script calling the API with HTTP Basic pays bcrypt once per {@link #DEFAULT_TTL}, not on every call (see
 * decision 0024). Only the exact pair is remembered: an HMAC-SHA-256 of the presented password under a random key of
 * this process, with the stored hash it matched. A new password (a new stored hash) never matches a remembered pair,
 * so it takes effect at once; a disabled account is refused before its password is looked at; roles are read from
 * the account on each call. A wrong password is never remembered and goes through the encoder, and the throttle, as
 * before. Nothing is written anywhere: the memory is bounded and lost on restart.
 */
public final class RememberedPasswords implements PasswordEncoder {
    public static final Duration DEFAULT_TTL = Duration.ofMinutes(5);
    public static final int DEFAULT_MAX_ENTRIES = 10_000;

    private final PasswordEncoder encoder;
    private final Duration ttl;
    private final int maxEntries;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Instant> remembered = new ConcurrentHashMap<>();
    /** Hashes this encoder made itself (the stand-in hash of unknown accounts): never remembered. */
    private final Set<String> encodedHere = ConcurrentHashMap.newKeySet();
    private final AtomicLong checks = new AtomicLong();

    public RememberedPasswords(PasswordEncoder encoder, Duration ttl, int maxEntries, Clock clock) {
        this.encoder = encoder;
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        String encoded = encoder.encode(rawPassword);
        if (encodedHere.size() < 16) {
            encodedHere.add(encoded);
        }
        return encoded;
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null || encodedHere.contains(encodedPassword)) {
            checks.incrementAndGet();
            return encoder.matches(rawPassword, encodedPassword);
        }
        String pair = hmac(rawPassword) + ' ' + encodedPassword;
        Instant now = clock.instant();
        Instant until = remembered.get(pair);
        if (until != null) {
            if (now.isBefore(until)) {
                return true;
            }
            remembered.remove(pair, until);
        }
        checks.incrementAndGet();
        boolean matches = encoder.matches(rawPassword, encodedPassword);
        if (matches) {
            if (remembered.size() >= maxEntries) {
                remembered.values().removeIf(u -> !now.isBefore(u));
                if (remembered.size() >= maxEntries) {
                    remembered.clear();
                }
            }
            remembered.put(pair, now.plus(ttl));
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return encoder.upgradeEncoding(encodedPassword);
    }

    /** How many times the wrapped encoder (bcrypt) was asked to check a password. */
    public long checks() {
        return checks.get();
    }

    /** How many pairs are remembered now (expired ones included until they are met again or the memory is full). */
    int size() {
        return remembered.size();
    }

    private String hmac(CharSequence raw) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getEncoder().encodeToString(mac.doFinal(raw.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
