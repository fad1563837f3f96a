package vn.gov.khcn.exchange.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;
import vn.gov.khcn.exchange.ImportRefusedException;

/**
 * One sheet of an XLSX workbook, streamed by fastexcel-reader (never loaded whole). Hidden sheets are
 * refused: data nobody sees is not imported silently.
 */
final class XlsxSource implements SheetSource {
    private final ReadableWorkbook wb;
    private final Sheet sheet;
    private final List<String> names;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final String fileName;

    /** Opens the sheet named {@code preferred}, or the first sheet when there is none of that name. */
    XlsxSource(Path file, String fileName, String preferred) {
        this.fileName = fileName;
        try {
            this.wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(false, false));
            List<Sheet> sheets = wb.getSheets().toList();
            this.names = sheets.stream().map(Sheet::getName).toList();
            for (Sheet s : sheets) {
                if (s.getVisibility() != SheetVisibility.VISIBLE) {
                    wb.close();
                    throw new ImportRefusedException("Tệp \"" + fileName + "\" có trang tính ẩn \"" + s.getName()
                            + "\": hệ thống không nhập dữ liệu bị ẩn. Hãy hiện trang đó (hoặc xoá nếu không cần) rồi nhập lại.");
                }
            }
            this.sheet = sheets.stream().filter(s -> s.getName().equals(preferred)).findFirst().orElse(sheets.get(0));
            this.stream = sheet.openStream();
            this.rows = stream.iterator();
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRefusedException r) {
                throw r;
            }
            throw damaged(fileName, e);
        }
    }

    static ImportRefusedException damaged(String fileName, Exception e) {
        return new ImportRefusedException("Không đọc được bảng tính \"" + fileName + "\": tệp bị hỏng hoặc không đúng định dạng .xlsx ("
                + e.getClass().getSimpleName() + "). Hãy mở và lưu lại bằng Excel rồi nhập lại.");
    }

    @Override
    public String sheetName() {
        return sheet.getName();
    }

    @Override
    public List<String> sheetNames() {
        return names;
    }

    @Override
    public boolean date1904() {
        return wb.isDate1904();
    }

    @Override
    public boolean hasNext() {
        try {
            return rows.hasNext();
        } catch (RuntimeException e) {
            throw damaged(fileName, e);
        }
    }

    @Override
    public RawRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Row r;
        try {
            r = rows.next();
        } catch (RuntimeException e) {
            throw damaged(fileName, e);
        }
        int n = r.getCellCount();
        List<Object> cells = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Cell c = r.getCell(i);
            cells.add(c == null ? null : value(c));
        }
        return new RawRow(r.getRowNum(), cells);
    }

    private static Object value(Cell c) {
        return switch (c.getType()) {
            case EMPTY -> null;
            case NUMBER -> c.asNumber();
            case STRING -> c.asString();
            case BOOLEAN -> c.asBoolean();
            case FORMULA -> new RawRow.Formula(c.getFormula());
            case ERROR -> new RawRow.Formula("#" + c.getRawValue());
        };
    }

    @Override
    public void close() throws IOException {
        try {
            stream.close();
        } finally {
            wb.close();
        }
    }
}
