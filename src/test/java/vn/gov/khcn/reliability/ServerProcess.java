package vn.gov.khcn.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged jar run as a real server process, which a fault test can kill with SIGKILL and a benchmark can measure. */
public final class ServerProcess implements AutoCloseable {
    public final Path data;
    public final int port;
    private final List<String> jvm;
    private final List<String> database;
    private Process process;
    private Path log;

    /** The embedded database under {@code data}, shared with the test (--h2-server), heap 1 GB. */
    ServerProcess(Path data) throws IOException {
        // --h2-server: the test reads the server's embedded database while it runs (H2 AUTO_SERVER, with its password)
        this(data, List.of("-Xmx1g"), List.of("--data", data.toString(), "--h2-server"));
    }

    /**
     * A server on a database given by its command-line options (e.g. {@code --db URL --db-user U}) with these JVM options,
     * run in {@code work} (its ./data: attachments and uploads; its log).
     */
    public ServerProcess(Path work, List<String> jvm, List<String> database) throws IOException {
        this.data = work;
        this.jvm = List.copyOf(jvm);
        this.database = List.copyOf(database);
        try (ServerSocket s = new ServerSocket(0)) {
            this.port = s.getLocalPort();
        }
    }

    public void start(boolean demo) throws Exception {
        start(demo, Duration.ofMinutes(4));
    }

    /** Starts the server and waits until it answers its health check, at most {@code timeout}. */
    public void start(boolean demo, Duration timeout) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-jar", Path.of("target", "khcn.jar").toAbsolutePath().toString(), "serve", "--port", String.valueOf(port)));
        cmd.addAll(database);
        if (demo) {
            cmd.add("--demo");
        }
        log = data.resolve("server-" + Instant.now().toEpochMilli() + ".log");
        process = new ProcessBuilder(cmd).directory(data.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("server exited with " + process.exitValue() + " (log: " + log + ")");
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
        throw new IllegalStateException("server did not start in time (log: " + log + ")");
    }

    /** The operating system's id of the running server. */
    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    /** The server's standard output and error of its last start. */
    public Path log() {
        return log;
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

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    URI uri(String path) {
        return URI.create(base() + path);
    }

    String jdbcUrl() {
        return "jdbc:h2:file:" + data.resolve("khcn") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;OPTIMIZE_REUSE_RESULTS=FALSE;AUTO_SERVER=TRUE;WRITE_DELAY=0;MAX_COMPACT_TIME=0";
    }

    /** A connection to the server's embedded database, with the password the server generated in its data directory. */
    java.sql.Connection connect() throws Exception {
        String password = java.nio.file.Files.readString(data.resolve("khcn.db-password")).strip();
        return java.sql.DriverManager.getConnection(jdbcUrl(), "sa", password);
    }

    /** A signed-in browser-like client (demo password). */
    public WebSession login(String username) throws Exception {
        return WebSession.signIn(base(), username, "demo");
    }
}
