package vn.gov.khcn.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Login throttling state, kept in the database so that every application node and a restart see the same.
 * Each key (an account, a client address, a device) may fail {@value #FREE_FAILURES} times freely; after that every
 * further attempt must wait a delay that doubles with each failure, from 2 seconds up to 15 minutes. An attempt that
 * is refused for waiting is not checked and not counted. A key is forgotten a day after its last failure.
 */
@Component
public class LoginThrottles {
    public static final int FREE_FAILURES = 3;
    public static final Duration FIRST_DELAY = Duration.ofSeconds(2);
    public static final Duration MAX_DELAY = Duration.ofMinutes(15);
    public static final Duration FORGET_AFTER = Duration.ofHours(24);
    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottles(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public enum Kind {
        ACCOUNT("Tài khoản (máy chưa từng đăng nhập)"),
        ADDRESS("Địa chỉ máy khách"),
        DEVICE("Trình duyệt đã đăng nhập trước đây");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What attempts are counted against: {@code value} identifies it, {@code subject} is what an administrator reads. */
    public record Key(Kind kind, String subject, String value) {
        public static Key account(String username) {
            return new Key(Kind.ACCOUNT, username, username);
        }

        public static Key address(String address) {
            return new Key(Kind.ADDRESS, address, address);
        }

        public static Key device(String tokenHash, String username) {
            return new Key(Kind.DEVICE, username, tokenHash);
        }

        String id() {
            return kind.name().toLowerCase() + ":" + value;
        }
    }

    /** May the attempt go on; if not, how long to wait. {@code throttled}: some key has failures on record. */
    public record Admission(Duration waitFor, boolean throttled) {
        public boolean admitted() {
            return waitFor.isZero();
        }
    }

    public record Entry(long id, Kind kind, String subject, int failures, OffsetDateTime lastFailureAt, OffsetDateTime nextAttemptAt) {
    }

    private record State(String key, int failures, Instant lastFailure, Instant nextAttempt) {
    }

    /** The wait after {@code failures} failures in a row: none for the first few, then 2 s, 4 s, 8 s, … up to 15 minutes. */
    public static Duration delayAfter(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES, 20);
        Duration d = FIRST_DELAY.multipliedBy(1L << doublings);
        return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }

    /**
     * Admits an attempt when no key is waiting. A key past its free failures is claimed atomically (its next attempt
     * moved on as a failure would move it), so parallel guesses on several nodes get one attempt per delay, not many.
     */
    public Admission admit(List<Key> keys) {
        Instant now = clock.instant();
        List<State> states = states(keys, now);
        Duration wait = Duration.ZERO;
        for (State s : states) {
            if (s.nextAttempt().isAfter(now)) {
                Duration left = Duration.between(now, s.nextAttempt());
                wait = left.compareTo(wait) > 0 ? left : wait;
            }
        }
        if (!wait.isZero()) {
            return new Admission(roundUp(wait), true);
        }
        for (State s : states) {
            if (s.failures() >= FREE_FAILURES) {
                int claimed = jdbc.sql("update login_throttle set next_attempt_at = :claim where throttle_key = :k and next_attempt_at <= :now")
                        .param("claim", at(now.plus(delayAfter(s.failures() + 1)))).param("k", s.key()).param("now", at(now)).update();
                if (claimed == 0) {
                    return new Admission(FIRST_DELAY, true); // another attempt for the key is being checked right now
                }
            }
        }
        return new Admission(Duration.ZERO, !states.isEmpty());
    }

    /** Counts a failed attempt against every key. */
    public void failed(List<Key> keys) {
        Instant now = clock.instant();
        for (Key k : keys) {
            for (int tries = 0; tries < 10 && !countFailure(k, now); tries++) {
                // another node counted a failure for the key at the same moment: count again on what it wrote
            }
        }
        jdbc.sql("delete from login_throttle where last_failure_at < :cutoff").param("cutoff", at(now.minus(FORGET_AFTER))).update();
    }

    private boolean countFailure(Key k, Instant now) {
        Optional<State> s = jdbc.sql("select throttle_key, failures, last_failure_at, next_attempt_at from login_throttle where throttle_key = :k")
                .param("k", k.id()).query((rs, i) -> state(rs)).optional();
        if (s.isEmpty()) {
            try {
                jdbc.sql("""
                        insert into login_throttle(throttle_key, kind, subject, failures, last_failure_at, next_attempt_at)
                        values (:k, :kind, :subject, 1, :now, :next)""")
                        .param("k", k.id()).param("kind", k.kind().name()).param("subject", clip(k.subject(), 200))
                        .param("now", at(now)).param("next", at(now.plus(delayAfter(1)))).update();
                return true;
            } catch (DuplicateKeyException e) {
                return false;
            }
        }
        int failures = stale(s.get(), now) ? 1 : s.get().failures() + 1;
        return jdbc.sql("""
                update login_throttle set failures = :n, last_failure_at = :now, next_attempt_at = :next
                where throttle_key = :k and failures = :old""")
                .param("n", failures).param("now", at(now)).param("next", at(now.plus(delayAfter(failures))))
                .param("k", k.id()).param("old", s.get().failures()).update() == 1;
    }

    /** A right password: the keys the attempt was counted against start again from nothing. */
    public void succeeded(List<Key> keys) {
        jdbc.sql("delete from login_throttle where throttle_key in (:k)").param("k", keys.stream().map(Key::id).toList()).update();
    }

    /** Keys with failures in the last day, those still waiting first. */
    public List<Entry> list() {
        return jdbc.sql("""
                select id, kind, subject, failures, last_failure_at, next_attempt_at from login_throttle
                where last_failure_at >= :cutoff order by next_attempt_at desc, id""")
                .param("cutoff", at(clock.instant().minus(FORGET_AFTER)))
                .query((rs, i) -> new Entry(rs.getLong(1), Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getInt(4),
                        rs.getObject(5, OffsetDateTime.class), rs.getObject(6, OffsetDateTime.class))).list();
    }

    public Optional<Entry> find(long id) {
        return list().stream().filter(e -> e.id() == id).findFirst();
    }

    /** An administrator lets the key try again at once. */
    public boolean clear(long id) {
        return jdbc.sql("delete from login_throttle where id = :id").param("id", id).update() == 1;
    }

    private List<State> states(List<Key> keys, Instant now) {
        return jdbc.sql("select throttle_key, failures, last_failure_at, next_attempt_at from login_throttle where throttle_key in (:k)")
                .param("k", keys.stream().map(Key::id).toList())
                .query((rs, i) -> state(rs)).list().stream().filter(s -> !stale(s, now)).toList();
    }

    private static State state(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new State(rs.getString(1), rs.getInt(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
                rs.getObject(4, OffsetDateTime.class).toInstant());
    }

    private static boolean stale(State s, Instant now) {
        return s.lastFailure().isBefore(now.minus(FORGET_AFTER));
    }

    private OffsetDateTime at(Instant i) {
        return OffsetDateTime.ofInstant(i, clock.getZone());
    }

    private static Duration roundUp(Duration d) {
        return Duration.ofSeconds(d.toSeconds() + (d.toNanosPart() > 0 ? 1 : 0));
    }

    static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
