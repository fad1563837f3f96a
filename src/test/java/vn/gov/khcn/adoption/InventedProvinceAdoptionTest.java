package vn.gov.khcn.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.gov.khcn.cli.Khcn;
import vn.gov.khcn.testing.TestDatabases;

/**
 * A department that is not the demo's adopts KHCN the way a clerk would: an empty database, its settings through
 * {@code khcn settings set}, its vocabularies, registers and task histories from spreadsheets through
 * {@code khcn import}, then {@code khcn report}. The invented province "Bình Lam" has its own names, cut-off day
 * (14), symbol, a two-line signer, a ministerial level, a level of its own, "Khá" ratings, instrument types and an
 * inspection field of its own. Its year report of 2025 and monthly report of November 2025 must carry its header,
 * every figure and every breakdown part its records have, and no word of the Cao Bằng demo.
 */
class InventedProvinceAdoptionTest {
    /** The embedded database under --data, as a department starts. */
    @Nested
    class OnH2Database extends InventedProvinceAdoptionContract {
        @Override
        List<String> database() {
            return List.of("--data", dir.resolve("data").toString());
        }
    }

    /** A PostgreSQL database of its own (--db), empty before the first command. */
    @Nested
    class OnPostgresDatabase extends InventedProvinceAdoptionContract {
        private final String url = TestDatabases.newPostgresDatabase();

        @Override
        List<String> database() {
            return List.of("--db", url, "--db-user", TestDatabases.pgUser(), "--db-password", TestDatabases.pgPassword());
        }
    }
}

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InventedProvinceAdoptionContract {
    /** The clerk's files and the embedded database, one folder per database the contract runs on. */
    final Path dir = newFolder();
    BinhLamReports reports;

    /** The database options of every command. */
    abstract List<String> database();

    private String[] args(String command, String... rest) {
        List<String> a = new ArrayList<>(List.of(command.split(" ")));
        a.addAll(database());
        a.addAll(List.of(rest));
        return a.toArray(String[]::new);
    }

    @BeforeAll
    void adopt() throws IOException {
        Run empty = run(args("settings"));
        assertThat(empty.code()).as(empty.err()).isZero();
        assertThat(empty.out()).contains("Còn thiếu:");

        List<String> settings = new ArrayList<>();
        BinhLam.SETTINGS.forEach((key, value) -> settings.addAll(List.of(key, value.replace("\n", "\\n"))));
        Run set = run(args("settings set", settings.toArray(String[]::new)));
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(set.err()).contains("Đã lưu").doesNotContain("Còn thiếu");

        List<Path> files = new ArrayList<>();
        // its own unit keeps the outreach register (the org chart by spreadsheet, before the records it keeps)
        files.add(BinhLam.unitsSheet(dir));
        files.add(BinhLam.vocabulariesSheet(dir));
        files.addAll(BinhLam.recordSheets(dir));
        Run imported = run(args("import", files.stream().map(Path::toString).toArray(String[]::new)));
        assertThat(imported.code()).as(imported.out() + imported.err()).isZero();
        assertThat(imported.out()).contains("su-kien.csv (task-events): Đã nhập 30 dòng").contains("hoi-dong.csv (task-councils): Đã nhập 5 dòng")
                .contains("nhiem-vu.xlsx (tasks): Đã nhập 7 dòng").contains("danh-muc.xlsx (vocabularies): Đã nhập " + BinhLam.ENTRIES.size() + " dòng")
                .contains("huyen-cu.csv (former-districts): Đã nhập 2 dòng").contains("xa-phuong.csv (communes): Đã nhập 4 dòng").contains("to-chuc.csv (organisations): Đã nhập 8 dòng")
                .contains("co-so-buc-xa.csv (radiation-facilities): Đã nhập 3 dòng")
                .contains("kiem-tra-atbx.csv (radiation-inspections): Đã nhập 3 dòng").contains("don-vi.csv (units): Đã nhập 1 dòng")
                .contains("tuyen-truyen.csv (outreach): Đã nhập 3 dòng");
        Path profile = dir.resolve("ho-so.json");
        Run exported = run(args("profile export", "--out", profile.toString()));
        assertThat(exported.code()).as(exported.err()).isZero();

        reports = new BinhLamReports(report("year", "2025-12", "json"), report("year", "2025-12", "docx"),
                report("month", "2025-11", "json"), report("month", "2025-11", "docx"), Files.readString(profile, StandardCharsets.UTF_8));
    }

    private String report(String kind, String period, String format) throws IOException {
        Path out = dir.resolve(kind + "-" + period + "." + format);
        Run r = run(args("report", "--kind", kind, "--period", period, "--format", format, "--out", out.toString()));
        assertThat(r.code()).as(r.err()).isZero();
        return format.equals("docx") ? BinhLamReports.docxText(Files.readAllBytes(out)) : Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void theHeaderIsTheDepartmentsOwn() {
        reports.theHeaderIsTheDepartmentsOwn();
    }

    @Test
    void thePeriodsRunFromTheFifteenthToTheFourteenth() {
        reports.thePeriodsRunFromTheFifteenthToTheFourteenth();
    }

    @Test
    void theYearsFiguresAndEveryPartOfTheirBreakdowns() {
        reports.theYearsFiguresAndEveryPartOfTheirBreakdowns();
    }

    @Test
    void theMonthsFiguresCouncilsAcceptancesMetrologyInspectionRadiationAndIp() {
        reports.theMonthsFiguresCouncilsAcceptancesMetrologyInspectionRadiationAndIp();
    }

    @Test
    void theRadiationInspectionsAreBrokenDownByCommuneNotByDistrict() {
        reports.theRadiationInspectionsAreBrokenDownByCommuneNotByDistrict();
    }

    @Test
    void itsOwnUnitKeepsTheOutreachRegisterAndTheReportCountsItsRecords() {
        reports.itsOwnUnitKeepsTheOutreachRegisterAndTheReportCountsItsRecords();
    }

    @Test
    void theDemoWordsAreNowhere() {
        reports.theDemoWordsAreNowhere();
    }

    private static Path newFolder() {
        try {
            Path d = Files.createTempDirectory("khcn-adoption-");
            d.toFile().deleteOnExit();
            return d;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int code = Khcn.commandLine().execute(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
