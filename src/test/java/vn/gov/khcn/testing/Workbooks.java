package vn.gov.khcn.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Spreadsheets for import tests: a downloaded template filled as a clerk fills it. */
public final class Workbooks {
    private Workbooks() {
    }

    /**
     * Writes {@code rows} into the template's sheet {@code sheet} from Excel row 2 on (text, date and number cells;
     * null leaves the cell empty) and saves the workbook as {@code file}.
     */
    public static Path fill(byte[] template, String sheet, List<Object[]> rows, Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet s = wb.getSheet(sheet);
            for (int i = 0; i < rows.size(); i++) {
                Row r = s.createRow(i + 1);
                Object[] v = rows.get(i);
                for (int c = 0; c < v.length; c++) {
                    if (v[c] instanceof String str) {
                        r.createCell(c).setCellValue(str);
                    } else if (v[c] instanceof LocalDate d) {
                        r.createCell(c).setCellValue(d);
                    } else if (v[c] instanceof Number n) {
                        r.createCell(c).setCellValue(n.doubleValue());
                    }
                }
            }
            try (OutputStream os = Files.newOutputStream(file)) {
                wb.write(os);
            }
        }
        return file;
    }

    /** {@code n} rows made by {@code row} from 1 to n. */
    public static List<Object[]> rows(int n, java.util.function.IntFunction<Object[]> row) {
        return java.util.stream.IntStream.rangeClosed(1, n).mapToObj(row).toList();
    }
}
