package vn.gov.khcn.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
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

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void fiftyClientsForTwoMinutesWithoutErrorOrLostWrite() throws Exception {
        long seconds = Long.getLong("khcn.load.seconds", 120);
        String run = "Tải " + Long.toString(System.nanoTime(), 36);
        String base = "http://127.0.0.1:" + port;
        LoadRun.Result result = LoadRun.run(LoadRun.Settings.noThinkTime(CLIENTS, Duration.ofSeconds(seconds)),
                client -> WebSession.signIn(base, "vanphong", "demo"), (client, n) -> {
                    int i = n + 1;
                    if (i % 5 == 0) {
                        return new LoadRun.Step("organisation created", true, s -> s.postForm("/organisations", Map.of(
                                "name", run + " khách " + client + "-" + i, "kind", "ENTERPRISE", "district", "Hòa An",
                                "_csrf", s.csrf("/organisations/new"))));
                    }
                    return i % 2 == 0 ? new LoadRun.Step("organisations searched", false, s -> s.send("/organisations?q=hoa+an&page=0"))
                            : new LoadRun.Step("documents API", false, s -> s.send("/api/documents?size=20"));
                });

        long stored = jdbc.sql("select count(*) from organisation where name like :p").param("p", run + " khách %")
                .query(Long.class).single();
        List<Long> sorted = result.sorted((Boolean) null);
        int writes = result.acknowledgedWrites();
        System.out.printf("Load test: %d clients, %d s, %d requests (%.0f/s), %d writes, errors %d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                CLIENTS, seconds, sorted.size(), sorted.size() / (double) seconds, writes, result.errors.get(),
                LoadRun.Result.percentile(sorted, 50), LoadRun.Result.percentile(sorted, 95), LoadRun.Result.percentile(sorted, 99));
        assertThat(result.firstErrors).isEmpty();
        assertThat(result.errors.get()).isZero();
        assertThat(writes).isPositive();
        assertThat(stored).isEqualTo(writes);
    }

}
