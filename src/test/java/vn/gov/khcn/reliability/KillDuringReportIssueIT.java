package vn.gov.khcn.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the server while it issues a report: after a restart the report is either issued whole
 * (number, frozen figures and their records, its kept text) or not issued at all (no number, no frozen figure, no text).
 */
class KillDuringReportIssueIT {
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    /** A section the signed-in unit may mark done: the slot of a form posting to …/sections (after its form token). */
    private static final Pattern MARKABLE = Pattern.compile("/sections\" class=\"inline section-mark\">\\s*"
            + "(?:<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]*\"/?>\\s*)?<input type=\"hidden\" name=\"slot\" value=\"([^\"]+)\">"
            + "<input type=\"hidden\" name=\"done\" value=\"true\">");

    @Test
    void reportIsEitherIssuedWholeOrNotAtAll() throws Exception {
        java.nio.file.Path data = Files.createTempDirectory("khcn-fault");
        try (ServerProcess server = new ServerProcess(data)) {
            server.start(true);
            WebSession office = server.login("vanphong");
            Matcher id = Pattern.compile("href=\"/reports/(\\d+)\"").matcher(office.get("/reports"));
            assertThat(id.find()).as("the demo report is listed").isTrue();
            String report = "/reports/" + id.group(1);

            // each unit marks its own sections of the demo report done ("Đã xong") before the office submits it
            int marked = 0;
            for (String unit : java.util.List.of("vanphong", "qlkh", "qlcn", "tdc", "thanhtra", "trungtam")) {
                WebSession staff = unit.equals("vanphong") ? office : server.login(unit);
                Matcher slot = MARKABLE.matcher(staff.get(report));
                while (slot.find()) {
                    HttpResponse<String> r = staff.postForm(report + "/sections", Map.of("slot", slot.group(1), "done", "true", "_csrf", staff.csrf(report)));
                    assertThat(r.statusCode()).as(unit + " marks " + slot.group(1) + " done").isEqualTo(302);
                    marked++;
                }
            }
            assertThat(marked).as("sections the units marked done").isPositive();
            move(office, report, "SUBMITTED");
            move(server.login("giamdoc"), report, "APPROVED");
            String page = office.get(report);
            // Issuing computes the report (as the preview does) and freezes it, in one transaction. Time the preview
            // (warm) and kill half-way through that time after sending the issue, so the kill lands inside it.
            long preview = 0;
            for (int i = 0; i < 3; i++) {
                long t = System.nanoTime();
                office.get(report + "/preview");
                preview = (System.nanoTime() - t) / 1_000_000;
            }
            var request = office.form(report + "/status", Map.of("to", "ISSUED", "version", version(page), "_csrf", office.csrf(report)));
            office.http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
            Thread.sleep(Math.max(1, preview / 2));
            server.kill();
            String log;
            try (var logs = Files.list(data)) {
                log = Files.readString(logs.filter(f -> f.getFileName().toString().startsWith("server-")).sorted().findFirst().orElseThrow());
            }
            System.out.println("Preview takes " + preview + " ms; killed " + Math.max(1, preview / 2) + " ms after sending the issue; "
                    + (log.contains("Issuing report") ? log.contains("issued as number") ? "the issue had committed"
                    : "the server was inside the issue transaction" : "the server had not started the issue"));

            server.start(false);
            try (Connection c = server.connect()) {
                ResultSet r = c.createStatement().executeQuery("select status, number from report where id = " + id.group(1));
                assertThat(r.next()).isTrue();
                String status = r.getString(1);
                Object number = r.getObject(2);
                ResultSet f = c.createStatement().executeQuery("select count(*) from report_figure where report_id = " + id.group(1));
                f.next();
                long figures = f.getLong(1);
                ResultSet t = c.createStatement().executeQuery("select count(*) from report_issued_text where report_id = " + id.group(1));
                t.next();
                long texts = t.getLong(1);
                System.out.println("After kill -9 during issue: status " + status + ", number " + number + ", frozen figures " + figures
                        + ", kept texts " + texts);
                if (status.equals("ISSUED")) {
                    assertThat(number).isNotNull();
                    assertThat(figures).isPositive();
                    assertThat(texts).isEqualTo(1);
                } else {
                    assertThat(status).isEqualTo("APPROVED");
                    assertThat(number).isNull();
                    assertThat(figures).isZero();
                    assertThat(texts).isZero();
                }
            }
        }
    }

    private static String version(String page) {
        Matcher m = VERSION.matcher(page);
        assertThat(m.find()).as("the report page carries its version").isTrue();
        return m.group(1);
    }

    private static void move(WebSession who, String report, String to) throws Exception {
        String page = who.get(report);
        HttpResponse<String> r = who.postForm(report + "/status", Map.of("to", to, "version", version(page), "_csrf", who.csrf(report)));
        assertThat(r.statusCode()).as("moving the report to " + to).isEqualTo(302);
        assertThat(who.get(report)).doesNotContain("class=\"error\"");
    }
}
