package vn.gov.khcn.exchange.spi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A register's spreadsheet, described once: its key (used in URLs and on the command line), Vietnamese title, the
 * area that keeps it (the exchange page groups by it), the sheet name of its template, its columns, what makes two
 * rows the same record, and the registers whose records its rows name (they are listed, and imported, before it).
 */
public record RegisterSpec(String key, String title, String area, String sheetName, List<Column> columns, String duplicateRule,
                           List<String> requires) {
    public RegisterSpec {
        columns = List.copyOf(columns);
        requires = List.copyOf(requires);
        Map<String, Integer> seen = new HashMap<>();
        for (Column c : columns) {
            if (seen.put(c.heading(), seen.size()) != null) {
                throw new IllegalArgumentException("Two columns headed " + c.heading() + " in " + key);
            }
        }
    }

    /** The position of {@code column} in the sheet (0 is column A). */
    public int indexOf(Column column) {
        int i = columns.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException(column.heading() + " is not a column of " + key);
        }
        return i;
    }

    public int indexOf(String heading) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).heading().equals(heading)) {
                return i;
            }
        }
        throw new IllegalArgumentException(heading);
    }

    /** An empty row of this sheet, filled column by column for an export. */
    public ExportRow row() {
        return new ExportRow(this);
    }
}
