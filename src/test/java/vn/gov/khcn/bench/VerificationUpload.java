package vn.gov.khcn.bench;

import java.io.BufferedWriter;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.gov.khcn.reliability.WebSession;

/**
 * A CSV of N verification rows in the register's import format — the headings of the register's own CSV (an export
 * filtered to nothing gives them, as the exchange's kill test does), the instrument types by name and owners by name as
 * the province holds them, serials new to the register — uploaded through the exchange page as a clerk would, and
 * followed in the imports log until it ends.
 */
final class VerificationUpload {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VerificationUpload() {
    }

    static Path write(WebSession admin, Connection db, Path dir, String run, int rows) throws Exception {
        String header = admin.get("/exchange/export/verifications.csv?serial=" + "KHONG-CO-" + run).lines().findFirst()
                .orElseThrow(() -> new IllegalStateException("the export gave no heading line"));
        List<String> types = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        try (Statement s = db.createStatement()) {
            try (ResultSet r = s.executeQuery("select name from instrument_type order by code")) {
                while (r.next()) {
                    types.add(r.getString(1));
                }
            }
            try (ResultSet r = s.executeQuery("select o.name from organisation o where o.id in (select owner_id from verification"
                    + " group by owner_id order by count(*) desc limit 200)")) {
                while (r.next()) {
                    owners.add(r.getString(1));
                }
            }
        }
        Path csv = dir.resolve("kiem-dinh-" + rows + "-" + run + ".csv");
        LocalDate first = LocalDate.now().minusYears(2);
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write(header);
            w.newLine();
            for (int i = 0; i < rows; i++) {
                boolean pass = i % 50 != 0;
                w.write(String.join(",", cell(types.get(i % types.size())), "T" + run + "-" + i, cell(owners.get(i % owners.size())),
                        first.plusDays(i % 700).format(DAY), "Định kỳ", pass ? "Đạt" : "Không đạt", pass ? "TEM-" + run + "-" + i : "",
                        cell("Kiểm định viên " + (i % 9))));
                w.newLine();
            }
        }
        return csv;
    }

    private static String cell(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** Uploads the file and waits for the import to end: the seconds from the upload to the end, and what the log says. */
    static String upload(WebSession admin, Connection db, Path csv, String run, int rows) throws Exception {
        String boundary = UUID.randomUUID().toString();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + admin.csrf("/exchange")
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"register\"\r\n\r\nverifications\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"reason\"\r\n\r\nĐo tải " + run + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + csv.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(admin.uri("/exchange/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(csv), HttpRequest.BodyPublishers.ofByteArray(tail))).build();
        long t0 = System.nanoTime();
        HttpResponse<String> r;
        try {
            r = admin.http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            // an upload over the server's limit: the connection is closed while the file is still being sent
            return String.format("REFUSED: the server closed the connection during the upload of %,d bytes after %.1f s (%s): over its upload"
                    + " limit? (spring.servlet.multipart.max-file-size, 20MB as shipped; upload-limit=SIZE raises it)", Files.size(csv),
                    (System.nanoTime() - t0) / 1e9, e.getMessage());
        }
        double answered = (System.nanoTime() - t0) / 1e9;
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || !location.contains("/exchange/imports/")) {
            return String.format("REFUSED: HTTP %d after %.1f s (%s)%s", r.statusCode(), answered, location,
                    r.statusCode() == 413 ? ": over the server's upload limit (spring.servlet.multipart.max-file-size)" : "");
        }
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String status = "RUNNING";
        long read = 0;
        long added = 0;
        long failed = 0;
        String message = "";
        try (PreparedStatement q = db.prepareStatement("select status, rows_read, rows_added, rows_error, message from exchange_import where id = ?")) {
            q.setLong(1, id);
            long deadline = System.nanoTime() + 30L * 60 * 1_000_000_000L;
            while ("RUNNING".equals(status) && System.nanoTime() < deadline) {
                Thread.sleep(500);
                try (ResultSet s = q.executeQuery()) {
                    s.next();
                    status = s.getString(1);
                    read = s.getLong(2);
                    added = s.getLong(3);
                    failed = s.getLong(4);
                    message = s.getString(5);
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long stored;
        try (PreparedStatement q = db.prepareStatement("select count(*) from verification where serial like ?")) {
            q.setString(1, "T" + run + "-%");
            try (ResultSet s = q.executeQuery()) {
                s.next();
                stored = s.getLong(1);
            }
        }
        boolean ok = "DONE".equals(status) && added == rows && stored == rows;
        return String.format("%s: import %d %s in %.1f s (upload answered after %.1f s; %,.0f rows/s); read %,d, added %,d, errors %,d;"
                        + " %,d of the file's rows in the register%s", ok ? "SUCCESS" : "FAILED", id, status, seconds, answered, rows / seconds, read,
                added, failed, stored, message == null || message.isBlank() ? "" : "; " + message);
    }
}
