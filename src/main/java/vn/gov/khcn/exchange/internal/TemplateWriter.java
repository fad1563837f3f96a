package vn.gov.khcn.exchange.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ColumnType;
import vn.gov.khcn.exchange.spi.RegisterSpec;

/**
 * A register's empty template, written with POI (small files): the data sheet with the Vietnamese headings,
 * a "Hướng dẫn" sheet explaining each column, and a "Danh mục" sheet whose lists feed the drop-downs
 * (data validation) of the vocabulary columns. Every sheet is visible: hidden sheets are refused on import.
 */
public final class TemplateWriter {
    public static final String NOTES_SHEET = "Huong dan";
    public static final String LISTS_SHEET = "Danh muc";
    static final int LAST_ROW = 1_048_575;

    private TemplateWriter() {
    }

    public static byte[] write(RegisterSpec spec) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            head.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            head.setBorderBottom(BorderStyle.THIN);
            head.setWrapText(true);
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle textStyle = wb.createCellStyle();
            textStyle.setDataFormat(wb.createDataFormat().getFormat("@"));

            XSSFSheet data = wb.createSheet(spec.sheetName());
            XSSFSheet notes = wb.createSheet(NOTES_SHEET);
            XSSFSheet lists = wb.createSheet(LISTS_SHEET);
            Row h = data.createRow(0);
            List<Column> cols = spec.columns();
            DataValidationHelper dv = data.getDataValidationHelper();
            int listCol = 0;
            Row listHead = lists.createRow(0);
            for (int i = 0; i < cols.size(); i++) {
                Column c = cols.get(i);
                var cell = h.createCell(i);
                cell.setCellValue(c.heading());
                cell.setCellStyle(head);
                data.setColumnWidth(i, Math.min(60, Math.max(14, c.heading().length() + 4)) * 256);
                if (c.type() == ColumnType.DATE) {
                    data.setDefaultColumnStyle(i, dateStyle);
                } else if (c.type() == ColumnType.TEXT) {
                    data.setDefaultColumnStyle(i, textStyle);
                }
                if (!c.choices().isEmpty()) {
                    listHead.createCell(listCol).setCellValue(c.heading());
                    for (int k = 0; k < c.choices().size(); k++) {
                        Row r = lists.getRow(k + 1) == null ? lists.createRow(k + 1) : lists.getRow(k + 1);
                        r.createCell(listCol).setCellValue(c.choices().get(k));
                    }
                    lists.setColumnWidth(listCol, 40 * 256);
                    String letter = Cells.letter(listCol);
                    String ref = "'" + LISTS_SHEET + "'!$" + letter + "$2:$" + letter + "$" + (c.choices().size() + 1);
                    DataValidation v = dv.createValidation(dv.createFormulaListConstraint(ref), new CellRangeAddressList(1, LAST_ROW, i, i));
                    v.setShowErrorBox(true);
                    v.setErrorStyle(c.type() == ColumnType.CHOICE ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
                    v.createErrorBox("Giá trị không có trong danh mục", "Hãy chọn một giá trị trong danh sách (trang \"" + LISTS_SHEET + "\").");
                    v.setEmptyCellAllowed(true);
                    data.addValidationData(v);
                    listCol++;
                }
            }
            data.createFreezePane(0, 1);

            Row nh = notes.createRow(0);
            String[] titles = {"Cột", "Tiêu đề", "Bắt buộc", "Giá trị hợp lệ", "Ghi chú"};
            for (int i = 0; i < titles.length; i++) {
                var cell = nh.createCell(i);
                cell.setCellValue(titles[i]);
                cell.setCellStyle(head);
            }
            for (int i = 0; i < cols.size(); i++) {
                Column c = cols.get(i);
                Row r = notes.createRow(i + 1);
                r.createCell(0).setCellValue(Cells.letter(i));
                r.createCell(1).setCellValue(c.heading());
                r.createCell(2).setCellValue(c.required() ? "Có" : "Không");
                r.createCell(3).setCellValue(c.expected());
                r.createCell(4).setCellValue(c.note() == null ? "" : c.note());
            }
            int n = cols.size() + 2;
            notes.createRow(n).createCell(0).setCellValue("Nhập dữ liệu từ dòng 2 của trang \"" + spec.sheetName()
                    + "\"; giữ nguyên dòng tiêu đề và tên trang. Chỉ nhập giá trị, không dùng công thức; không ẩn trang tính.");
            notes.createRow(n + 1).createCell(0).setCellValue("Dòng trùng (" + spec.duplicateRule()
                    + ") với hồ sơ đã có được bỏ qua, không nhập hai lần. Có bất kỳ lỗi nào thì cả tệp không được nhập.");
            notes.createRow(n + 2).createCell(0).setCellValue("Tối đa " + String.format("%,d", FileInspector.DEFAULT_ROW_LIMIT).replace(',', '.')
                    + " dòng dữ liệu mỗi tệp.");
            notes.setColumnWidth(1, 30 * 256);
            notes.setColumnWidth(3, 60 * 256);
            notes.setColumnWidth(4, 60 * 256);
            wb.setActiveSheet(0);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
