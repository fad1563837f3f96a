package vn.gov.khcn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void printsTheJsonDraftToStdoutWithNothingElseAndTheSameBytesTwice(@TempDir Path dir) throws Exception {
        String first = runJson(dir);
        String second = runJson(dir);
        assertThat(first).startsWith("{\"checks\":[").contains("\"kind\":\"month\",\"period\":\"2021-09\"")
                .contains("\"month\":{\"end\":\"2021-09-14\"").endsWith("}}\n");
        assertThat(second).isEqualTo(first);
        assertThat(Files.exists(dir.resolve("khcn.mv.db"))).isTrue();
    }

    private static String runJson(Path dir) {
        PrintStream out = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            int code = Khcn.commandLine().execute("report", "--data", dir.toString(), "--kind", "month", "--period", "2021-09");
            assertThat(code).isZero();
        } finally {
            System.setOut(out);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
