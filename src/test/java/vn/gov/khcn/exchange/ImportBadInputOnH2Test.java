package vn.gov.khcn.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.gov.khcn.testing.OnH2;

/** Every kind of bad file gets a clear Vietnamese message, and nothing is written. */
@OnH2
@WithUserDetails("vanphong")
class ImportBadInputOnH2Test {
    @Autowired
    Imports imports;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path dir;
    long orgs;
    long docs;

    @BeforeEach
    void counts() {
        orgs = count("organisation");
        docs = count("document");
    }

    @Test
    void aPngRenamedXlsxIsNotASpreadsheet() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
        assertRefused(write("anh.xlsx", png), "organisations", "không phải bảng tính Excel (.xlsx) hay tệp CSV", "PNG");
    }

    @Test
    void anEncryptedWorkbookIsRefusedAskingToRemoveThePassword() throws Exception {
        Path plain = write("plain.xlsx", imports.template("organisations"));
        Path enc = dir.resolve("mat-khau.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor e = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
            e.confirmPassword("bi-mat-2021");
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(plain)); OutputStream os = e.getDataStream(fs)) {
                wb.write(os);
            }
            try (OutputStream os = Files.newOutputStream(enc)) {
                fs.writeFilesystem(os);
            }
        }
        assertRefused(enc, "organisations", "đã đặt mật khẩu", "bỏ mật khẩu");
    }

    @Test
    void aTruncatedZipIsReportedDamaged() throws IOException {
        byte[] t = imports.template("organisations");
        assertRefused(write("hong.xlsx", Arrays.copyOf(t, t.length / 2)), "organisations", "bị hỏng");
    }

    @Test
    void aZipBombIsRefusedFromTheZipDirectoryBeforeParsing() throws IOException {
        Path bomb = dir.resolve("bom.xlsx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(bomb))) {
            z.putNextEntry(new ZipEntry("xl/workbook.xml"));
            z.write("<workbook/>".getBytes());
            z.closeEntry();
            z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 30; i++) {
                z.write(spaces);
            }
            z.closeEntry();
        }
        assertRefused(bomb, "organisations", "bom nén");
    }

    @Test
    void aSheetDeclaringAMillionRowsIsRefusedEarly() throws IOException {
        Path file = edit(imports.template("organisations"), wb -> wb.getSheet("To chuc").createRow(1_048_575).createCell(0).setCellValue("x"));
        assertRefused(file, "organisations", "1.048.576 dòng", "giới hạn 1.000.000");
    }

    @Test
    void moreDataRowsThanTheLimitAreRefusedWhileStreaming() throws IOException {
        StringBuilder csv = new StringBuilder("Tên tổ chức,Loại tổ chức,Huyện/thành phố,Xã/phường/thị trấn,Mã số thuế,Xã/phường/đặc khu\n");
        for (int i = 1; i <= 30; i++) {
            csv.append("Tổ chức vượt giới hạn ").append(i).append(",Khác,,,\n");
        }
        Path file = write("nhieu.csv", csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ImportOutcome out = imports.importFile(file, "nhieu.csv", "organisations", 20);
        assertThat(out.refused()).isTrue();
        assertThat(out.errors().get(0).message()).contains("hơn 20 dòng dữ liệu");
        assertUnchanged();
    }

    @Test
    void formulasAreRefusedValuesOnly() throws IOException {
        Path file = edit(imports.template("organisations"), wb -> {
            Row r = wb.getSheet("To chuc").createRow(1);
            r.createCell(0).setCellFormula("CONCATENATE(\"Công ty \",\"A\")");
            r.createCell(1).setCellValue("Doanh nghiệp");
        });
        assertRefused(file, "organisations", "dòng 2", "cột A", "công thức", "chỉ giá trị");
    }

    @Test
    void hiddenSheetsAreRefused() throws IOException {
        Path file = edit(imports.template("organisations"), wb -> {
            wb.createSheet("Bi mat").createRow(0).createCell(0).setCellValue("x");
            wb.setSheetVisibility(wb.getSheetIndex("Bi mat"), SheetVisibility.HIDDEN);
        });
        assertRefused(file, "organisations", "trang tính ẩn \"Bi mat\"");
    }

    @Test
    void wrongColumnsAreNamed() throws IOException {
        Path file = edit(imports.template("organisations"), wb -> wb.getSheet("To chuc").getRow(0).getCell(1).setCellValue("Loại hình"));
        assertRefused(file, "organisations", "cột B cần tiêu đề \"Loại tổ chức\"", "\"Loại hình\"");
    }

    @Test
    void theTemplateOfAnotherRegisterIsRecognised() throws IOException {
        assertRefused(write("van-ban.xlsx", imports.template("documents")), "organisations", "mẫu của sổ \"Văn bản\"", "không phải sổ \"Tổ chức\"");
    }

    @Test
    void aCsvThatIsNotUtf8IsRefused() throws IOException {
        byte[] ansi = "Tên tổ chức,Loại tổ chức\nCông ty Điện,Doanh nghiệp\n".getBytes(Charset.forName("windows-1258"));
        assertRefused(write("ansi.csv", ansi), "organisations", "không phải mã UTF-8");
    }

    @Test
    void aCsvWithWrongColumnsIsRefused() throws IOException {
        assertRefused(write("sai.csv", "Tên,Loại\nA,B\n".getBytes()), "organisations", "các cột không đúng mẫu");
    }

    @Test
    void aFileOfNoKnownRegisterIsNotGuessed() throws IOException {
        assertRefused(write("la.csv", "Cột 1,Cột 2\n1,2\n".getBytes()), null, "Không nhận ra tệp");
    }

    void assertRefused(Path file, String register, String... words) {
        long audit = count("audit_log");
        ImportOutcome out = imports.importFile(file, file.getFileName().toString(), register);
        assertThat(out.refused()).isTrue();
        assertThat(out.added()).isZero();
        assertThat(out.errors()).isNotEmpty();
        assertThat(out.errors().get(0).message()).contains(words);
        ImportRecord rec = imports.find(out.importId()).orElseThrow();
        assertThat(rec.status()).isEqualTo("REFUSED");
        assertThat(rec.errorLines()).isNotEmpty();
        assertUnchanged();
        assertThat(count("audit_log")).isEqualTo(audit + 1);
    }

    void assertUnchanged() {
        assertThat(count("organisation")).isEqualTo(orgs);
        assertThat(count("document")).isEqualTo(docs);
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    interface Edit {
        void apply(XSSFWorkbook wb);
    }

    Path edit(byte[] template, Edit e) throws IOException {
        Path p = Files.createTempFile(dir, "edited", ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template)); OutputStream os = Files.newOutputStream(p)) {
            e.apply(wb);
            wb.write(os);
        }
        return p;
    }
}
