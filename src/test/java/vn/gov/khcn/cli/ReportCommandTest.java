package vn.gov.khcn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.khcn.testing.CommandRun;

class ReportCommandTest {
    @Test
    void badKindOrPeriodPrintsUsageAndExits2() {
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertThat(Khcn.commandLine().execute("report", "--kind", "monthly", "--period", "2021-09")).isEqualTo(2);
            assertThat(Khcn.commandLine().execute("report", "--kind", "month", "--period", "09/2021")).isEqualTo(2);
            assertThat(Khcn.commandLine().execute("report", "--kind", "nine-months", "--period", "2021-06")).isEqualTo(2);
            assertThat(Khcn.commandLine().execute("report", "--kind", "month", "--period", "2021-09", "--format", "docx")).isEqualTo(2);
        } finally {
            System.setErr(err);
        }
        assertThat(buf.toString(StandardCharsets.UTF_8)).contains("Loại báo cáo \"monthly\" không có").contains("Usage: khcn report")
                .contains("cần --out");
    }

    /** A department's values, none of them the demo's: what {@code khcn settings set} fills a first start with. */
    static final String[][] DEPARTMENT = {
            {"parentBody", "UBND TỈNH BÌNH MINH"}, {"department", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"}, {"province", "Bình Minh"},
            {"symbol", "BC-SKHCN"}, {"place", "Phố Núi"}, {"signerTitle", "KT. GIÁM ĐỐC\\nPHÓ GIÁM ĐỐC"}, {"signerName", "Trần Văn Ký"},
            {"recipients", "UBND tỉnh\\nBộ KH&CN"}, {"site", "skhcn.binhminh.gov.vn"},
            {"legalBasis", "Thực hiện chế độ báo cáo định kỳ, Sở Khoa học và Công nghệ tỉnh Bình Minh"}, {"cutOffDay", "15"}};

    @Test
    void aFirstStartHasNoDepartmentUntilSettingsAreSetThenTheReportCarriesThem(@TempDir Path dir) throws Exception {
        CommandRun refused = run("report", "--data", dir.toString(), "--kind", "month", "--period", "2021-09", "--format", "html");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).contains("Sở chưa thiết lập xong").contains("Còn thiếu: Cơ quan chủ quản (dòng 1 tiêu đề)")
                .contains("Ký hiệu báo cáo").contains("Địa danh").contains("Họ tên người ký").contains("Nơi nhận")
                .doesNotContain("Ngày chốt số liệu hằng tháng;");
        CommandRun shown = run("settings", "--data", dir.toString());
        assertThat(shown.code()).isZero();
        assertThat(shown.out()).contains("Ký hiệu báo cáo [symbol]: (chưa có)").contains("Ngày chốt số liệu hằng tháng [cutOffDay]: 14")
                .contains("Còn thiếu:").doesNotContain("Cao Bằng").doesNotContain("CAO BẰNG").doesNotContain("caobang");

        CommandRun badKey = run("settings", "set", "--data", dir.toString(), "tinh", "Bình Minh");
        assertThat(badKey.code()).isEqualTo(2);
        assertThat(badKey.err()).contains("Không có thiết lập \"tinh\"").contains("parentBody");
        CommandRun badDay = run("settings", "set", "--data", dir.toString(), "cutOffDay", "31");
        assertThat(badDay.code()).isEqualTo(1);
        assertThat(badDay.err()).contains("Ngày chốt số liệu hằng tháng phải là số từ 1 đến 28.");
        CommandRun badSymbol = run("settings", "set", "--data", dir.toString(), "symbol", "/BC SKHCN");
        assertThat(badSymbol.code()).isEqualTo(1);
        assertThat(badSymbol.err()).contains("Ký hiệu báo cáo \"/BC SKHCN\" chỉ được gồm chữ, số");

        for (String[] kv : DEPARTMENT) {
            CommandRun set = run("settings", "set", "--data", dir.toString(), kv[0], kv[1]);
            assertThat(set.code()).as(set.err()).isZero();
            assertThat(set.err()).contains("Đã lưu");
        }
        assertThat(run("settings", "--data", dir.toString()).out()).doesNotContain("Còn thiếu").contains("Ký hiệu báo cáo [symbol]: BC-SKHCN");
        EmbeddedDatabase.Access db = EmbeddedDatabase.prepare(dir.toAbsolutePath().normalize(), false);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(db.url(), EmbeddedDatabase.USER, db.password());
             java.sql.ResultSet audit = c.createStatement().executeQuery(
                     "select username, count(*) from audit_log where entity_type = 'department_setting' group by username")) {
            assertThat(audit.next()).isTrue();
            assertThat(audit.getString(1)).as("the command line acts as system").isEqualTo("system");
            assertThat(audit.getLong(2)).as("one audited change a setting, none for the refused ones").isEqualTo(DEPARTMENT.length);
            assertThat(audit.next()).isFalse();
        }

        CommandRun html = run("report", "--data", dir.toString(), "--kind", "month", "--period", "2021-09", "--format", "html");
        assertThat(html.code()).as(html.err()).isZero();
        assertThat(html.out()).contains("UBND TỈNH BÌNH MINH<br><strong>SỞ KHOA HỌC VÀ CÔNG NGHỆ</strong>")
                .contains("Số:      /BC-SKHCN").contains("<em>Phố Núi, ngày 16 tháng 9 năm 2021</em>")
                .contains("<strong>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</strong><br><br><br><strong>Trần Văn Ký</strong>")
                .contains("- UBND tỉnh;<br>- Bộ KH&amp;CN;<br>").contains("Thực hiện chế độ báo cáo định kỳ, Sở Khoa học và Công nghệ tỉnh Bình Minh")
                .doesNotContain("Cao Bằng").doesNotContain("CAO BẰNG").doesNotContain("BC-SKH&amp;CN");
        String json = run("report", "--data", dir.toString(), "--kind", "month", "--period", "2021-09").out();
        assertThat(json).startsWith("{\"checks\":[").contains("\"kind\":\"month\",\"period\":\"2021-09\"")
                .contains("\"month\":{\"end\":\"2021-09-15\"").endsWith("}}\n");
        assertThat(run("report", "--data", dir.toString(), "--kind", "month", "--period", "2021-09").out()).as("the same bytes twice")
                .isEqualTo(json);
        assertThat(Files.exists(dir.resolve("khcn.mv.db"))).isTrue();
    }

    private static CommandRun run(String... args) {
        return CommandRun.khcn(args);
    }
}
