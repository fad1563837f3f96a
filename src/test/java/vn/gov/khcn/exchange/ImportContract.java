package vn.gov.khcn.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/** Spreadsheet imports on both databases: templates filled and imported, refusal naming the row, idempotence. */
abstract class ImportContract {
    @Autowired
    Imports imports;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path dir;

    String tag() {
        return getClass().getSimpleName().contains("H2") ? "H" : "P";
    }

    @Test
    @WithUserDetails("vanphong")
    void templateFilledWithOrganisationsIsImportedAndReimportChangesNothing() throws IOException {
        Path file = fill(imports.template("organisations"), "To chuc", 3, i -> new Object[] {
                "Công ty Nhập Mẫu " + tag() + " số " + i, "Doanh nghiệp", "Hòa An", "Xã Bạch Đằng", "010000000" + i});
        long before = count("organisation");
        ImportOutcome first = imports.importFile(file, "to-chuc.xlsx", "organisations");
        assertThat(first.errors()).isEmpty();
        assertThat(first.added()).isEqualTo(3);
        assertThat(count("organisation")).isEqualTo(before + 3);

        ImportOutcome again = imports.importFile(file, "to-chuc.xlsx", null);
        assertThat(again.register()).isEqualTo("organisations");
        assertThat(again.added()).isZero();
        assertThat(again.skipped()).isEqualTo(3);
        assertThat(count("organisation")).isEqualTo(before + 3);
        assertThat(imports.find(again.importId()).orElseThrow().rowsSkipped()).isEqualTo(3);
        // the clerk sees which rows were skipped and why
        assertThat(imports.find(again.importId()).orElseThrow().skippedLines())
                .containsExactly("Dòng 2: đã có trong sổ (cùng tên tổ chức)", "Dòng 3: đã có trong sổ (cùng tên tổ chức)",
                        "Dòng 4: đã có trong sổ (cùng tên tổ chức)");
    }

    @Autowired
    vn.gov.khcn.organisations.Organisations organisations;
    @Autowired
    vn.gov.khcn.tasks.Tasks tasks;

    @Test
    @WithUserDetails("qlkh")
    void templateFilledWithThreeTasksIsImportedOnceAndAnUnknownHostIsNamed() throws IOException {
        String host = "Viện Giống Cây Trồng Nhập " + tag();
        organisations.record(new vn.gov.khcn.organisations.OrganisationCommand(host,
                vn.gov.khcn.organisations.OrganisationKind.RESEARCH_INSTITUTE, "Hòa An", null, null, null));
        Path file = fill(imports.template("tasks"), "Nhiem vu", 3, i -> new Object[] {
                "NV-IMP-" + tag() + "-" + i, "Nghiên cứu giống lúa nếp hương số " + i, "Đề tài", "Cấp tỉnh", null, 2016,
                host, "TS. Nông Văn Demo " + i + " (demo)", "Nông nghiệp", 24, "Huyện Hòa An"});
        long before = count("task");
        ImportOutcome out = imports.importFile(file, "nhiem-vu.xlsx", null);
        assertThat(out.errors()).isEmpty();
        assertThat(out.register()).isEqualTo("tasks");
        assertThat(out.added()).isEqualTo(3);
        var t = tasks.findByCode("NV-IMP-" + tag() + "-2").orElseThrow();
        assertThat(t.level()).isEqualTo(vn.gov.khcn.tasks.TaskLevel.PROVINCIAL);
        assertThat(t.durationMonths()).isEqualTo(24);
        assertThat(t.hostId()).isEqualTo(organisations.findByName(host).orElseThrow().id());
        assertThat(imports.importFile(file, "nhiem-vu.xlsx", "tasks").skipped()).isEqualTo(3);
        assertThat(count("task")).isEqualTo(before + 3);

        Path unknown = fill(imports.template("tasks"), "Nhiem vu", 2, i -> new Object[] {
                "NV-HOST-" + tag() + "-" + i, "Nhiệm vụ " + i, "Dự án", "Cấp cơ sở", null, 2016,
                i == 2 ? "Công ty Không Có" : host, null, null, null, null});
        ImportOutcome refused = imports.importFile(unknown, "nv-loi.xlsx", "tasks");
        assertThat(refused.refused()).isTrue();
        assertThat(refused.errors().get(0).message()).contains("dòng 3: Tổ chức chủ trì \"Công ty Không Có\"").contains("chưa có trong danh mục");
        assertThat(tasks.findByCode("NV-HOST-" + tag() + "-1")).isEmpty();
        assertThat(count("task")).isEqualTo(before + 3);
    }

    @Autowired
    Exports exports;

    @Test
    @WithUserDetails("trungtam")
    void fiveHundredVerificationsFromTheTemplateAreLoadedOnceAndABadDateInRow417RefusesTheFile() throws IOException {
        String owner = "Bệnh viện Kiểm Định Nhập " + tag();
        long ownerId = organisations.record(new vn.gov.khcn.organisations.OrganisationCommand(owner,
                vn.gov.khcn.organisations.OrganisationKind.HEALTH_FACILITY, "Thành phố Cao Bằng", null, null, null)).id();
        Path good = fill(imports.template("verifications"), "Kiem dinh", 500, i -> new Object[] {
                // 60-month types dated this year: nothing falls due, and no golden report period is touched
                i % 2 == 0 ? "Đồng hồ nước" : "Công tơ điện", "SN-" + tag() + "-" + i, owner, LocalDate.of(2026, 1, 1).plusDays(i % 200),
                "Định kỳ", i % 10 == 0 ? "Không đạt" : "Đạt", i % 10 == 0 ? null : "TEM-" + i, "KĐV Demo (demo)"});
        long before = count("verification");
        long audit = count("audit_log");
        ImportOutcome out = imports.importFile(good, "kiem-dinh.xlsx", null);
        assertThat(out.errors()).isEmpty();
        assertThat(out.register()).isEqualTo("verifications");
        assertThat(out.added()).isEqualTo(500);
        assertThat(count("verification")).isEqualTo(before + 500);
        // the import is audited once (user, file, counts) and every verification it wrote points to it
        assertThat(count("audit_log")).isEqualTo(audit + 1);
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'exchange_import' and entity_id = :id and action = 'IMPORT'")
                .param("id", out.importId()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from verification where import_id = :id").param("id", out.importId())
                .query(Long.class).single()).isEqualTo(500);
        assertThat(jdbc.sql("select next_due_on from verification where serial = :s").param("s", "SN-" + tag() + "-2")
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2026, 1, 3).plusMonths(60));

        ImportOutcome again = imports.importFile(good, "kiem-dinh.xlsx", "verifications");
        assertThat(again.added()).isZero();
        assertThat(again.skipped()).isEqualTo(500);
        assertThat(imports.find(again.importId()).orElseThrow().skippedLines())
                .containsExactly("500 dòng đã có trong sổ (cùng số hiệu và ngày kiểm định)");
        assertThat(count("verification")).isEqualTo(before + 500);

        Path bad = fill(imports.template("verifications"), "Kiem dinh", 500, i -> new Object[] {
                "Cân kỹ thuật", "SN-BAD-" + tag() + "-" + i, owner, i == 416 ? "2016-13-45" : "01/04/2016",
                "Định kỳ", "Đạt", "TEM-B" + i, null});
        ImportOutcome refused = imports.importFile(bad, "kiem-dinh-loi.xlsx", "verifications");
        assertThat(refused.refused()).isTrue();
        assertThat(refused.errors()).singleElement().satisfies(e -> assertThat(e.message())
                .contains("dòng 417").contains("cột D (Ngày kiểm định)").contains("2016-13-45"));
        assertThat(count("verification")).isEqualTo(before + 500);

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        exports.export("verifications", Exports.Format.CSV, java.util.Map.of("owner", String.valueOf(ownerId), "result", "FAIL"), csv);
        List<String> lines = csv.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(51);
        assertThat(lines.get(0)).isEqualTo("\uFEFFLoại phương tiện đo,Số hiệu,Chủ sở hữu,Ngày kiểm định,Hình thức,Kết quả,Số tem/GCN,Người thực hiện");
        assertThat(lines.subList(1, 51)).allMatch(l -> l.contains(",Không đạt,"));
    }

    @Test
    @WithUserDetails("vanphong")
    void fiveHundredDocumentsImportedThenAFileWithABadDateInRow417IsRefusedWholly() throws IOException {
        String sym = "TB-IMP" + tag();
        Path good = fill(imports.template("documents"), "Van ban", 500, i -> new Object[] {
                i + "/" + sym, LocalDate.of(2016, 1, 1).plusDays(i % 300), null, null, "Thông báo nhập thử số " + i});
        long docs = count("document");
        ImportOutcome ok = imports.importFile(good, "van-ban.xlsx", "documents");
        assertThat(ok.errors()).isEmpty();
        assertThat(ok.added()).isEqualTo(500);
        assertThat(count("document")).isEqualTo(docs + 500);
        assertThat(jdbc.sql("select type_code from document where number_symbol = :n").param("n", "7/" + sym)
                .query(String.class).single()).isEqualTo("NOTICE");

        String sym2 = "TB-BAD" + tag();
        // data row i sits on Excel row i + 1: row 417 holds data row 416
        Path bad = fill(imports.template("documents"), "Van ban", 500, i -> new Object[] {
                i + "/" + sym2, i == 416 ? "31/02/2016" : "15/03/2016", null, null, "Thông báo lỗi " + i});
        long audit = count("audit_log");
        ImportOutcome refused = imports.importFile(bad, "van-ban-loi.xlsx", "documents");
        assertThat(refused.refused()).isTrue();
        assertThat(refused.added()).isZero();
        assertThat(refused.errors()).hasSize(1);
        assertThat(refused.errors().get(0).row()).isEqualTo(417);
        assertThat(refused.errors().get(0).message())
                .contains("dòng 417").contains("cột B (Ngày ban hành)").contains("31/02/2016").contains("dd/mm/yyyy");
        assertThat(count("document")).isEqualTo(docs + 500);
        assertThat(jdbc.sql("select count(*) from document where number_symbol like :p").param("p", "%/" + sym2)
                .query(Long.class).single()).isZero();
        // only the import itself is audited
        assertThat(count("audit_log")).isEqualTo(audit + 1);
        assertThat(imports.find(refused.importId()).orElseThrow().errorLines()).anyMatch(l -> l.contains("dòng 417"));

        ImportOutcome again = imports.importFile(good, "van-ban.xlsx", "documents");
        assertThat(again.added()).isZero();
        assertThat(again.skipped()).isEqualTo(500);
        assertThat(count("document")).isEqualTo(docs + 500);
    }

    @Test
    @WithUserDetails("vanphong")
    void csvWithBomSemicolonsAndDecomposedTextIsStoredInNfc() throws IOException {
        String name = Normalizer.normalize("Hợp tác xã Nước Mắm CSV " + tag(), Normalizer.Form.NFD);
        String csv = "\uFEFFTên tổ chức;Loại tổ chức;Huyện/thành phố;Xã/phường/thị trấn;Mã số thuế;Xã/phường/đặc khu\r\n"
                + "\"" + name + "\";hợp tác xã;Trùng Khánh;;\r\n"
                + "\"" + name + "\";Hợp tác xã;Trùng Khánh;;\r\n";
        Path file = dir.resolve("hop-tac-xa.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        ImportOutcome out = imports.importFile(file, "hop-tac-xa.csv", null);
        assertThat(out.errors()).isEmpty();
        assertThat(out.added()).isEqualTo(1);
        assertThat(out.skipped()).isEqualTo(1);
        String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
        assertThat(jdbc.sql("select kind from organisation where name = :n").param("n", nfc).query(String.class).single())
                .isEqualTo("COOPERATIVE");
    }

    @Test
    @WithUserDetails("vanphong")
    void anOrganisationFileOfTheFiveColumnsOfBeforeTheCommuneStillImports() throws IOException {
        // a CSV of the template before the geography: no trailing "Xã/phường/đặc khu", recognised without choosing the register
        String old = "Công ty Mẫu Cũ CSV " + tag();
        Path csv = dir.resolve("to-chuc-cu.csv");
        Files.writeString(csv, "\uFEFFTên tổ chức;Loại tổ chức;Huyện/thành phố;Xã/phường/thị trấn;Mã số thuế\r\n"
                + old + ";Doanh nghiệp;Hòa An;Xã Bạch Đằng;0100000099\r\n", StandardCharsets.UTF_8);
        ImportOutcome out = imports.importFile(csv, "to-chuc-cu.csv", null);
        assertThat(out.errors()).isEmpty();
        assertThat(out.register()).isEqualTo("organisations");
        assertThat(out.added()).isEqualTo(1);
        var o = organisations.findByName(old).orElseThrow();
        assertThat(o.district()).isEqualTo("Hòa An");
        assertThat(o.formerCommune()).isEqualTo("Xã Bạch Đằng");
        assertThat(o.taxCode()).isEqualTo("0100000099");
        assertThat(o.commune()).isNull();

        // the same as a workbook: the template with its column F heading removed
        String oldXlsx = "Công ty Mẫu Cũ XLSX " + tag();
        Path xlsx = Files.createTempFile(dir, "to-chuc-cu", ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(imports.template("organisations")));
             OutputStream os = Files.newOutputStream(xlsx)) {
            Sheet s = wb.getSheet("To chuc");
            s.getRow(0).removeCell(s.getRow(0).getCell(5));
            Row r = s.createRow(1);
            r.createCell(0).setCellValue(oldXlsx);
            r.createCell(1).setCellValue("Doanh nghiệp");
            wb.write(os);
        }
        ImportOutcome fromXlsx = imports.importFile(xlsx, "to-chuc-cu.xlsx", "organisations");
        assertThat(fromXlsx.errors()).isEmpty();
        assertThat(fromXlsx.added()).isEqualTo(1);
        assertThat(organisations.findByName(oldXlsx).orElseThrow().commune()).isNull();

        // a value under no heading is refused, not read into the column the file lacks
        Path stray = dir.resolve("to-chuc-thua.csv");
        Files.writeString(stray, "Tên tổ chức;Loại tổ chức;Huyện/thành phố;Xã/phường/thị trấn;Mã số thuế\r\n"
                + "Công ty Thừa Ô " + tag() + ";Doanh nghiệp;;;;Phường Tân Giang\r\n", StandardCharsets.UTF_8);
        ImportOutcome refused = imports.importFile(stray, "to-chuc-thua.csv", "organisations");
        assertThat(refused.refused()).isTrue();
        assertThat(refused.errors().get(0).message()).contains("F", "tệp chỉ có 5 cột (A–E)");
        assertThat(organisations.findByName("Công ty Thừa Ô " + tag())).isEmpty();
    }

    @Test
    @WithUserDetails("vanphong")
    void excelSerialDatesAndTextDatesAreBothAccepted() throws IOException {
        String sym = "KH-DATE" + tag();
        byte[] t = imports.template("documents");
        Path file = dir.resolve("dates.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(t)); OutputStream os = Files.newOutputStream(file)) {
            Sheet s = wb.getSheet("Van ban");
            Row r1 = s.createRow(1);
            r1.createCell(0).setCellValue("1/" + sym);
            r1.createCell(1).setCellValue(LocalDate.of(2016, 9, 8));
            Row r2 = s.createRow(2);
            r2.createCell(0).setCellValue("2/" + sym);
            r2.createCell(1).setCellValue("8/9/2016");
            wb.write(os);
        }
        ImportOutcome out = imports.importFile(file, "dates.xlsx", "documents");
        assertThat(out.errors()).isEmpty();
        assertThat(jdbc.sql("select issued_on from document where number_symbol like :p order by number").param("p", "%/" + sym)
                .query(LocalDate.class).list()).containsExactly(LocalDate.of(2016, 9, 8), LocalDate.of(2016, 9, 8));
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    interface RowMaker {
        Object[] row(int i);
    }

    /** The downloaded template with {@code n} data rows written into its data sheet. */
    Path fill(byte[] template, String sheet, int n, RowMaker rows) throws IOException {
        return vn.gov.khcn.testing.Workbooks.fill(template, sheet, vn.gov.khcn.testing.Workbooks.rows(n, rows::row),
                Files.createTempFile(dir, "filled", ".xlsx"));
    }
}
