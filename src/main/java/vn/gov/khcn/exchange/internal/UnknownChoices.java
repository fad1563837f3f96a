package vn.gov.khcn.exchange.internal;

import java.util.LinkedHashSet;
import java.util.List;
import vn.gov.khcn.exchange.ImportError;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.shared.Formats;

/** The values of one choice column its vocabulary lacks, over the whole file: reported as one error line. */
final class UnknownChoices {
    private static final int NAMED = 5;
    private final Column column;
    private final int index;
    private final LinkedHashSet<String> values = new LinkedHashSet<>();
    private int first;
    private int last;
    private long rows;

    UnknownChoices(Column column, int index) {
        this.column = column;
        this.index = index;
    }

    /** How many rows held a value the column's list lacks. */
    long rows() {
        return rows;
    }

    void add(int row, String value) {
        if (rows++ == 0) {
            first = row;
        }
        last = row;
        if (values.size() < NAMED) {
            values.add(value);
        }
    }

    ImportError error(String sheet) {
        List<String> choices = column.choices();
        // a list kept as data may still be empty (a new department's geography): say so rather than list nothing
        String accepted = choices.isEmpty() ? "(danh mục chưa có mục nào: hãy nạp danh mục trước, hoặc để trống ô)"
                : String.join("; ", choices);
        String others = values.size() <= 1 ? "" : "; các giá trị không có trong danh mục: \"" + String.join("\", \"", values) + "\"";
        String where = rows == 1 ? "" : " (" + Formats.number(rows) + " dòng, từ dòng " + first + " đến dòng " + last + others + ")";
        return new ImportError(sheet, first, Cells.letter(index) + " (" + column.heading() + ")", values.iterator().next(),
                "một trong: " + accepted + (column.source() == null ? "" : " (nhãn hoặc mã)") + where);
    }
}
