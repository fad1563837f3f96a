package vn.gov.khcn.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the server in the middle of a large import (uploaded through the exchange page): after a
 * restart none of the import's rows exist and its log entry says it was interrupted.
 */
class KillDuringImportIT {
    private static final int ROWS = 120_000;

    @Test
    void importIsWhollyAbsentAfterAKillInTheMiddle() throws Exception {
        Path dir = Files.createTempDirectory("khcn-fault-import");
        try (ServerProcess server = new ServerProcess(dir)) {
            server.start(true);
            WebSession admin = server.login("admin");
            List<String> sample = admin.get("/exchange/export/verifications.csv").lines().limit(2).toList();
            assertThat(sample).as("an exported verification list gives the import format").hasSize(2);
            String header = sample.get(0);
            String[] example = sample.get(1).split(",", -1);
            Path csv = dir.resolve("kiem-dinh-lon.csv");
            try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                w.write(header);
                w.newLine();
                for (int i = 0; i < ROWS; i++) {
                    String[] row = example.clone();
                    row[1] = "KILL-" + i; // the serial: every row new
                    w.write(String.join(",", row));
                    w.newLine();
                }
            }

            String boundary = UUID.randomUUID().toString();
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + admin.csrf("/exchange")
                    + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"register\"\r\n\r\nverifications\r\n--" + boundary
                    + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"kiem-dinh-lon.csv\"\r\nContent-Type: text/csv\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            HttpRequest upload = HttpRequest.newBuilder(server.uri("/exchange/import"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                            HttpRequest.BodyPublishers.ofFile(csv), HttpRequest.BodyPublishers.ofByteArray(tail))).build();
            CompletableFuture<HttpResponse<Void>> sent = admin.http.sendAsync(upload, HttpResponse.BodyHandlers.discarding());

            long readWhenKilled = 0;
            try (Connection c = server.connect()) {
                Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
                while (Instant.now().isBefore(deadline) && readWhenKilled == 0) {
                    ResultSet r = c.createStatement().executeQuery(
                            "select status, rows_read from exchange_import where file_name = 'kiem-dinh-lon.csv' order by id desc");
                    if (r.next()) {
                        assertThat(r.getString(1)).as("the import is still running when it is killed").isEqualTo("RUNNING");
                        readWhenKilled = r.getLong(2);
                    }
                }
            }
            assertThat(readWhenKilled).as("the import made progress before the kill").isPositive();
            server.kill();
            sent.cancel(true);

            server.start(false);
            try (Connection c = server.connect()) {
                ResultSet n = c.createStatement().executeQuery("select count(*) from verification where serial like 'KILL-%'");
                n.next();
                ResultSet log = c.createStatement().executeQuery(
                        "select status, rows_added from exchange_import where file_name = 'kiem-dinh-lon.csv'");
                log.next();
                System.out.printf("After kill -9 at %,d of %,d rows read: %d rows stored, import log %s%n",
                        readWhenKilled, ROWS, n.getLong(1), log.getString(1));
                assertThat(n.getLong(1)).isZero();
                assertThat(log.getString(1)).isEqualTo("INTERRUPTED");
                assertThat(log.getLong(2)).isZero();
            }
        }
    }
}
