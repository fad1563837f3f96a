package vn.gov.khcn.reliability;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The packaged jar run as a real server process, which a fault test can kill with SIGKILL. */
final class ServerProcess implements AutoCloseable {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    final Path data;
    final int port;
    private Process process;

    ServerProcess(Path data) throws IOException {
        this.data = data;
        try (ServerSocket s = new ServerSocket(0)) {
            this.port = s.getLocalPort();
        }
    }

    void start(boolean demo) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", Path.of("target", "khcn.jar").toAbsolutePath().toString(),
                // --h2-server: the test reads the server's embedded database while it runs (H2 AUTO_SERVER, with its password)
                "serve", "--data", data.toString(), "--port", String.valueOf(port), "--h2-server"));
        if (demo) {
            cmd.add("--demo");
        }
        process = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(data.resolve("server-" + Instant.now().toEpochMilli() + ".log").toFile()).start();
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("server exited with " + process.exitValue());
            }
            try {
                if (http.send(HttpRequest.newBuilder(uri("/actuator/health")).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            process.waitFor(500, TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException("server did not start in time");
    }

    /** SIGKILL: no shutdown hook, no clean close of the database. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    String jdbcUrl() {
        return "jdbc:h2:file:" + data.resolve("khcn") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;OPTIMIZE_REUSE_RESULTS=FALSE;AUTO_SERVER=TRUE;WRITE_DELAY=0;MAX_COMPACT_TIME=0";
    }

    /** A connection to the server's embedded database, with the password the server generated in its data directory. */
    java.sql.Connection connect() throws Exception {
        String password = java.nio.file.Files.readString(data.resolve("khcn.db-password")).strip();
        return java.sql.DriverManager.getConnection(jdbcUrl(), "sa", password);
    }

    /** A signed-in browser-like client. */
    Client login(String username) throws Exception {
        Client c = new Client(HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build());
        HttpResponse<String> r = c.postForm("/login", Map.of("username", username, "password", "demo", "_csrf", c.csrf("/login")));
        if (r.statusCode() != 302) {
            throw new IllegalStateException("login failed for " + username);
        }
        return c;
    }

    final class Client {
        final HttpClient http;

        Client(HttpClient http) {
            this.http = http;
        }

        String get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
        }

        String csrf(String page) throws Exception {
            Matcher m = CSRF.matcher(get(page));
            if (!m.find()) {
                throw new IllegalStateException("no CSRF token on " + page);
            }
            return m.group(1);
        }

        HttpRequest form(String path, Map<String, String> fields) {
            String body = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        }

        HttpResponse<String> postForm(String path, Map<String, String> fields) throws Exception {
            return http.send(form(path, fields), HttpResponse.BodyHandlers.ofString());
        }
    }
}
