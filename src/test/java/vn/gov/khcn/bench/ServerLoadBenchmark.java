package vn.gov.khcn.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.gov.khcn.reliability.LoadRun;
import vn.gov.khcn.reliability.ServerProcess;
import vn.gov.khcn.reliability.WebSession;

/**
 * The web server under load on a large province (docs/benchmarks.md, "Pages under load and the server's footprint").
 * Not a test: a main class run by hand against a database that already holds the province (it never loads or deletes
 * one; what it writes is named after the run).
 *
 * <pre>
 * java -cp $(cat /tmp/cp.txt) vn.gov.khcn.bench.ServerLoadBenchmark jdbc:postgresql://localhost:55440/bp_load postgres \
 *     [clients=50] [seconds=120] [warmup=30] [think=500-2000] [heap=512m] [load=both|closed|think|none] [import=0|200000] \
 *     [upload-limit=SIZE] [password=P]
 * </pre>
 *
 * It starts the packaged server (target/khcn.jar) as its own process with {@code -Xmx<heap>} on that database, signs in
 * each client with its own session (the demo accounts, round robin: office, TDC, science, technology, administrator),
 * warms the server up with the mix, then runs the clients for the given time twice: closed loop without think time (the
 * worst case: each client sends its next request as soon as the last is answered) and closed loop with a think time drawn
 * between the two bounds (a clerk reading the page). It prints for each run the count and p50/p95/p99/max of every kind
 * of request and of all reads, the errors (any exception or answer outside 200–399, a lost session, a write not saved),
 * the writes acknowledged against those found in the database, and the server's peak RSS and heap. With
 * {@code import=N} it then uploads a CSV of N verification rows through the exchange page and reports its time and outcome.
 */
public final class ServerLoadBenchmark {
    private static final String[] USERS = {"vanphong", "tdc", "qlkh", "qlcn", "admin"};

    private ServerLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args.length > 1 ? args[1] : "postgres";
        Map<String, String> o = new HashMap<>(Map.of("clients", "50", "seconds", "120", "warmup", "30", "think", "500-2000", "heap", "512m",
                "load", "both", "import", "0", "password", ""));
        for (int i = 2; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            if (kv.length != 2 || !o.containsKey(kv[0]) && !kv[0].equals("upload-limit")) {
                throw new IllegalArgumentException("unknown argument " + args[i]);
            }
            o.put(kv[0], kv[1]);
        }
        int clients = Integer.parseInt(o.get("clients"));
        Duration duration = Duration.ofSeconds(Long.parseLong(o.get("seconds")));
        String[] think = o.get("think").split("-");
        String load = o.get("load");
        int rows = Integer.parseInt(o.get("import"));
        String run = Long.toString(System.currentTimeMillis() / 1000, 36).toUpperCase();
        List<String> jvm = new ArrayList<>(List.of("-Xmx" + o.get("heap")));
        if (o.containsKey("upload-limit")) {
            jvm.add("-Dspring.servlet.multipart.max-file-size=" + o.get("upload-limit"));
            jvm.add("-Dspring.servlet.multipart.max-request-size=" + o.get("upload-limit"));
        }
        if (!Files.exists(Path.of("target", "khcn.jar"))) {
            throw new IllegalStateException("no target/khcn.jar: run from the project's root after ./mvnw -B -o -DskipTests package");
        }
        Path work = Files.createTempDirectory("khcn-load");
        boolean passed;
        System.out.printf("%s: server %s on %s as %s; run %s; %d clients; load average %s; work dir %s%n", Instant.now(), String.join(" ", jvm),
                url, user, run, clients, BigProvinceBenchmark.loadAverage(), work);
        try (Connection db = DriverManager.getConnection(url, user, o.get("password"));
             ServerProcess server = new ServerProcess(work, jvm, List.of("--db", url, "--db-user", user, "--db-password", o.get("password")))) {
            counts(db);
            long t0 = System.nanoTime();
            server.start(false, Duration.ofMinutes(15));
            System.out.printf("server started in %.1f s (pid %d)%n", (System.nanoTime() - t0) / 1e9, server.pid());
            try (ServerFootprint footprint = new ServerFootprint(server.pid())) {
                WebSession office = server.login("vanphong");
                long report = report(db, office);
                if (!load.equals("none")) {
                    ProvinceMix warm = new ProvinceMix(db, office, run + "W", report);
                    LoadRun.Result w = LoadRun.run(LoadRun.Settings.noThinkTime(clients, Duration.ofSeconds(Long.parseLong(o.get("warmup")))),
                            c -> server.login(USERS[c % USERS.length]), warm);
                    System.out.printf("warm-up: %,d requests in %s, errors %d %s%n", w.sorted((Boolean) null).size(), o.get("warmup") + " s",
                            w.errors.get(), w.firstErrors);
                    System.out.println(footprint.summary(server.log(), server.alive()));
                }
                boolean ok = true;
                if (load.equals("both") || load.equals("closed")) {
                    ok &= phase(db, server, footprint, new ProvinceMix(db, office, run + "C", report),
                            LoadRun.Settings.noThinkTime(clients, duration), "closed loop, no think time (worst case)");
                }
                if (load.equals("both") || load.equals("think")) {
                    ok &= phase(db, server, footprint, new ProvinceMix(db, office, run + "T", report), new LoadRun.Settings(clients, duration,
                            Duration.ofMillis(Long.parseLong(think[0])), Duration.ofMillis(Long.parseLong(think[think.length - 1]))),
                            "closed loop, think time " + o.get("think") + " ms between requests (a clerk reading the page)");
                }
                if (rows > 0) {
                    WebSession admin = server.login("admin");
                    long g = System.nanoTime();
                    Path csv = VerificationUpload.write(admin, db, work, run, rows);
                    System.out.printf("%nimport: CSV of %,d verification rows, %,d bytes (%.1f MB), written in %.1f s%n", rows, Files.size(csv),
                            Files.size(csv) / 1048576.0, (System.nanoTime() - g) / 1e9);
                    String outcome = VerificationUpload.upload(admin, db, csv, run, rows);
                    System.out.println("import: " + outcome);
                    ok &= outcome.startsWith("SUCCESS");
                    System.out.println(footprint.summary(server.log(), server.alive()));
                    Files.delete(csv);
                }
                System.out.printf("%nat the end: %s%n", footprint.summary(server.log(), server.alive()));
                ok &= server.alive() && !ServerFootprint.outOfMemory(server.log());
                System.out.println(ok ? "PASSED: no error, no lost write, no OutOfMemoryError, the server still running"
                        : "FAILED: see the errors, lost writes, import outcome or footprint above");
                passed = ok;
            }
        }
        if (!passed) {
            System.exit(1);
        }
    }

    /** One load run: its figures, the writes found in the database, the footprint so far; whether nothing failed or was lost. */
    private static boolean phase(Connection db, ServerProcess server, ServerFootprint footprint, ProvinceMix mix, LoadRun.Settings s,
                              String model) throws Exception {
        System.out.printf("%n=== %s: %d clients, %d s; load average at the start %s%n", model, s.clients(), s.duration().toSeconds(),
                BigProvinceBenchmark.loadAverage());
        LoadRun.Result r = LoadRun.run(s, c -> server.login(USERS[c % USERS.length]), mix);
        double seconds = r.elapsedNanos / 1e9;
        System.out.printf("| %-48s | %7s | %8s | %8s | %8s | %8s |%n", "request", "count", "p50 ms", "p95 ms", "p99 ms", "max ms");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        r.byKind().keySet().forEach(k -> line(k, r.sorted(k)));
        line("all reads", r.sorted(Boolean.FALSE));
        line("all writes", r.sorted(Boolean.TRUE));
        List<Long> all = r.sorted((Boolean) null);
        System.out.printf("load average at the end %s; %,d requests in %.0f s = %.1f/s%n", BigProvinceBenchmark.loadAverage(), all.size(), seconds,
                all.size() / seconds);
        System.out.printf("errors: %d%s%n", r.errors.get(), r.firstErrors.isEmpty() ? "" : " — first: " + r.firstErrors);
        long organisations = count(db, "select count(*) from organisation where name like ?", "Tải " + mix.run + " khách %");
        long documents = count(db, "select count(*) from document where number_symbol like ?", "%/QĐ-T" + mix.run);
        int ackO = r.acknowledged(ProvinceMix.NEW_ORGANISATION);
        int ackD = r.acknowledged(ProvinceMix.NEW_DOCUMENT);
        long lost = Math.max(0, ackO - organisations) + Math.max(0, ackD - documents);
        System.out.printf("writes acknowledged / found in the database: organisations %,d / %,d, documents %,d / %,d — lost %d%n", ackO,
                organisations, ackD, documents, lost);
        System.out.println(footprint.summary(server.log(), server.alive()));
        return r.errors.get() == 0 && lost == 0 && ackO + ackD > 0;
    }

    private static void line(String what, List<Long> sorted) {
        System.out.printf("| %-48s | %,7d | %8.1f | %8.1f | %8.1f | %8.1f |%n", what, sorted.size(), LoadRun.Result.percentile(sorted, 50),
                LoadRun.Result.percentile(sorted, 95), LoadRun.Result.percentile(sorted, 99), LoadRun.Result.percentile(sorted, 100));
    }

    /** The nine-months 2021-09 report (the one BigProvinceBenchmark times): the one the database has, or a draft made on its page. */
    private static long report(Connection db, WebSession office) throws Exception {
        String find = "select id, status from report where kind = 'NINE_MONTHS' and period = '2021-09'";
        for (int attempt = 0; attempt < 2; attempt++) {
            try (ResultSet r = db.createStatement().executeQuery(find)) {
                if (r.next()) {
                    System.out.printf("report: /reports/%d (nine months 2021-09, %s)%n", r.getLong(1), r.getString(2));
                    return r.getLong(1);
                }
            }
            var created = office.postForm("/reports", Map.of("kind", "nine-months", "period", "2021-09", "date", "", "_csrf", office.csrf("/reports")));
            System.out.printf("report: nine months 2021-09 created through the reports page: HTTP %d %s%n", created.statusCode(),
                    created.headers().firstValue("Location").orElse(""));
        }
        throw new IllegalStateException("no nine-months 2021-09 report and none could be made (the department's settings?)");
    }

    private static void counts(Connection db) throws Exception {
        StringBuilder sb = new StringBuilder("the database holds:");
        for (String t : List.of("verification", "task", "document", "organisation")) {
            sb.append(String.format(" %s %,d;", t, count(db, "select count(*) from " + t, null)));
        }
        System.out.println(sb);
    }

    private static long count(Connection db, String sql, String like) throws Exception {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            if (like != null) {
                q.setString(1, like);
            }
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
