package vn.gov.khcn.reliability;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded load on loopback: N clients, each signed in with its own session, send requests for a fixed time and
 * then stop by themselves. Closed loop: a client sends its next request when the last one is answered, after a
 * think time drawn uniformly between {@code thinkMin} and {@code thinkMax} (none when both are zero: the worst case).
 * The latency of each request is measured by the client, by kind; the think time is not in it.
 */
public final class LoadRun {
    /** The message of a form shown again after a refused save. */
    private static final Pattern REFUSAL = Pattern.compile("<p class=\"error\"[^>]*>([^<]+)<");

    /** How many clients, for how long, and how long each waits between two requests. */
    public record Settings(int clients, Duration duration, Duration thinkMin, Duration thinkMax) {
        public static Settings noThinkTime(int clients, Duration duration) {
            return new Settings(clients, duration, Duration.ZERO, Duration.ZERO);
        }
    }

    /** One request: its kind (for the figures), whether it writes, and the call that sends it. */
    public record Step(String kind, boolean write, Call call) {
    }

    @FunctionalInterface
    public interface Call {
        HttpResponse<?> send(WebSession session) throws Exception;
    }

    /** The client's i-th request. */
    @FunctionalInterface
    public interface Mix {
        Step next(int client, int i);
    }

    @FunctionalInterface
    public interface SignIn {
        WebSession session(int client) throws Exception;
    }

    /** What the clients saw: latencies (ns) by kind, errors, writes the server acknowledged (a redirect after the save). */
    public static final class Result {
        public final Settings settings;
        public final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        public final Map<String, AtomicInteger> acknowledged = new ConcurrentHashMap<>();
        public final Map<String, Boolean> writes = new ConcurrentHashMap<>();
        public final AtomicInteger errors = new AtomicInteger();
        public final List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());
        public long elapsedNanos;

        Result(Settings settings) {
            this.settings = settings;
        }

        void error(String what) {
            errors.incrementAndGet();
            if (firstErrors.size() < 10) {
                firstErrors.add(what);
            }
        }

        /** The latencies of the reads, of the writes, or of all requests (kind null). */
        public List<Long> sorted(Boolean write) {
            List<Long> all = new ArrayList<>();
            latencies.forEach((k, v) -> {
                if (write == null || writes.get(k) == write) {
                    synchronized (v) {
                        all.addAll(v);
                    }
                }
            });
            Collections.sort(all);
            return all;
        }

        public List<Long> sorted(String kind) {
            List<Long> v = latencies.getOrDefault(kind, List.of());
            List<Long> copy;
            synchronized (v) {
                copy = new ArrayList<>(v);
            }
            Collections.sort(copy);
            return copy;
        }

        public Map<String, List<Long>> byKind() {
            return new TreeMap<>(latencies);
        }

        public int acknowledged(String kind) {
            AtomicInteger n = acknowledged.get(kind);
            return n == null ? 0 : n.get();
        }

        public int acknowledgedWrites() {
            return acknowledged.values().stream().mapToInt(AtomicInteger::get).sum();
        }

        /** The p-th percentile in milliseconds of sorted latencies (nearest rank). */
        public static double percentile(List<Long> sorted, double p) {
            if (sorted.isEmpty()) {
                return 0;
            }
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1))) / 1e6;
        }
    }

    private LoadRun() {
    }

    /**
     * Signs every client in, then runs them until the time is up. An error is an exception, an answer outside 200–399, a redirect to the
     * sign-in page (a lost session), or a write answered without a redirect (its form shown again: not saved).
     */
    public static Result run(Settings settings, SignIn signIn, Mix mix) throws Exception {
        Result result = new Result(settings);
        ExecutorService pool = Executors.newFixedThreadPool(settings.clients());
        // every client signs in first: the time given is the load's, not the sign-ins' (bcrypt) on a busy machine
        List<Future<WebSession>> signedIn = new ArrayList<>();
        for (int c = 0; c < settings.clients(); c++) {
            int client = c;
            signedIn.add(pool.submit(() -> signIn.session(client)));
        }
        List<WebSession> sessions = new ArrayList<>();
        for (int c = 0; c < settings.clients(); c++) {
            try {
                sessions.add(signedIn.get(c).get());
            } catch (ExecutionException e) {
                sessions.add(null);
                result.error("client " + c + " did not sign in: " + e.getCause());
            }
        }
        long start = System.nanoTime();
        long deadline = start + settings.duration().toNanos();
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < settings.clients(); c++) {
            int client = c;
            WebSession session = sessions.get(c);
            if (session == null) {
                continue;
            }
            clients.add(pool.submit(() -> {
                try {
                    for (int i = 0; System.nanoTime() < deadline; i++) {
                        send(result, session, mix.next(client, i));
                        think(settings, deadline);
                    }
                } catch (Exception e) {
                    result.error("client " + client + ": " + e);
                }
                return null;
            }));
        }
        for (Future<?> f : clients) {
            f.get();
        }
        pool.shutdown();
        result.elapsedNanos = System.nanoTime() - start;
        return result;
    }

    private static void send(Result result, WebSession session, Step step) {
        result.writes.putIfAbsent(step.kind(), step.write());
        long t0 = System.nanoTime();
        try {
            HttpResponse<?> r = step.call().send(session);
            result.latencies.computeIfAbsent(step.kind(), k -> Collections.synchronizedList(new ArrayList<>())).add(System.nanoTime() - t0);
            int status = r.statusCode();
            boolean redirect = status >= 300 && status < 400;
            boolean toLogin = redirect && r.headers().firstValue("Location").orElse("").contains("/login");
            if (status < 200 || status >= 400 || toLogin || (step.write() && !redirect)) {
                Matcher refusal = REFUSAL.matcher(r.body() instanceof String body ? body : "");
                result.error(step.kind() + ": " + status + " " + r.uri() + (toLogin ? " (sent to the sign-in page)" : "")
                        + (refusal.find() ? " «" + refusal.group(1).strip() + "»" : ""));
            } else if (step.write()) {
                result.acknowledged.computeIfAbsent(step.kind(), k -> new AtomicInteger()).incrementAndGet();
            }
        } catch (Exception e) {
            result.latencies.computeIfAbsent(step.kind(), k -> Collections.synchronizedList(new ArrayList<>())).add(System.nanoTime() - t0);
            result.error(step.kind() + ": " + e);
        }
    }

    private static void think(Settings s, long deadline) throws InterruptedException {
        long min = s.thinkMin().toMillis();
        long max = s.thinkMax().toMillis();
        if (max <= 0) {
            return;
        }
        long ms = min >= max ? min : ThreadLocalRandom.current().nextLong(min, max + 1);
        long left = (deadline - System.nanoTime()) / 1_000_000;
        Thread.sleep(Math.max(0, Math.min(ms, left)));
    }
}
