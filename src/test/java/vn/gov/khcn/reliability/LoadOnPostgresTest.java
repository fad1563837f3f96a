package vn.gov.khcn.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import vn.gov.khcn.testing.DatabaseInitializers;

/**
 * A bounded load test on loopback: 50 clients, each signed in with its own session, read lists and
 * write records through the forms for a fixed time (2 minutes; -Dkhcn.load.seconds=N to change), then
 * stop by themselves. Passes when no request failed and every acknowledged write is in the database.
 * Prints p50/p95/p99 latency (recorded in docs/benchmarks.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = DatabaseInitializers.Postgres.class)
class LoadOnPostgresTest {
    private static final int CLIENTS = 50;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void fiftyClientsForTwoMinutesWithoutErrorOrLostWrite() throws Exception {
        long seconds = Long.getLong("khcn.load.seconds", 120);
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        String run = "Tải " + Long.toString(System.nanoTime(), 36);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger writes = new AtomicInteger();
        List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
                try {
                    String csrf = csrf(http, "/login");
                    HttpResponse<String> login = http.send(form("/login", Map.of("username", "vanphong", "password", "demo", "_csrf", csrf)),
                            HttpResponse.BodyHandlers.ofString());
                    if (login.statusCode() != 302 || !login.headers().firstValue("Location").orElse("").endsWith("/")) {
                        throw new IllegalStateException("login failed: " + login.statusCode());
                    }
                    int i = 0;
                    while (System.nanoTime() < deadline) {
                        i++;
                        long t0 = System.nanoTime();
                        HttpResponse<String> r;
                        if (i % 5 == 0) {
                            String token = csrf(http, "/organisations/new");
                            r = http.send(form("/organisations", Map.of("name", run + " khách " + client + "-" + i,
                                    "kind", "ENTERPRISE", "district", "Hòa An", "_csrf", token)), HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() == 302) {
                                writes.incrementAndGet();
                            }
                        } else if (i % 2 == 0) {
                            r = http.send(HttpRequest.newBuilder(uri("/organisations?q=hoa+an&page=0")).build(), HttpResponse.BodyHandlers.ofString());
                        } else {
                            r = http.send(HttpRequest.newBuilder(uri("/api/documents?size=20")).build(), HttpResponse.BodyHandlers.ofString());
                        }
                        latencies.add(System.nanoTime() - t0);
                        boolean ok = i % 5 == 0 ? r.statusCode() == 302 : r.statusCode() == 200;
                        if (!ok) {
                            errors.incrementAndGet();
                            if (firstErrors.size() < 5) {
                                firstErrors.add(r.statusCode() + " " + r.uri());
                            }
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    firstErrors.add(e.toString());
                }
                return null;
            }));
        }
        for (Future<?> f : clients) {
            f.get();
        }
        pool.shutdown();

        long stored = jdbc.sql("select count(*) from organisation where name like :p").param("p", run + " khách %")
                .query(Long.class).single();
        List<Long> sorted = latencies.stream().sorted().collect(Collectors.toList());
        System.out.printf("Load test: %d clients, %d s, %d requests (%.0f/s), %d writes, errors %d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                CLIENTS, seconds, sorted.size(), sorted.size() / (double) seconds, writes.get(), errors.get(),
                pct(sorted, 50), pct(sorted, 95), pct(sorted, 99));
        assertThat(firstErrors).isEmpty();
        assertThat(errors.get()).isZero();
        assertThat(writes.get()).isPositive();
        assertThat(stored).isEqualTo(writes.get());
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private String csrf(HttpClient http, String path) throws Exception {
        String body = http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = CSRF.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on " + path);
        }
        return m.group(1);
    }

    private HttpRequest form(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
