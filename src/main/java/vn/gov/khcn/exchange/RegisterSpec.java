package vn.gov.khcn.exchange;

import java.util.List;

/**
 * A register's spreadsheet, described once: its key (used in URLs and on the command line), Vietnamese
 * title, the sheet name of its template, its columns, and what makes two rows the same record.
 */
public record RegisterSpec(String key, String title, String sheetName, List<Column> columns, String duplicateRule) {
    public RegisterSpec {
        columns = List.copyOf(columns);
    }

    public int indexOf(String heading) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).heading().equals(heading)) {
                return i;
            }
        }
        throw new IllegalArgumentException(heading);
    }
}
