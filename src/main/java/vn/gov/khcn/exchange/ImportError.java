package vn.gov.khcn.exchange;

/**
 * What is wrong with one cell (or a whole file when row is 0): sheet, row as Excel shows it, column
 * letter and heading, the value found and what was expected. {@link #message()} says it in Vietnamese.
 */
public record ImportError(String sheet, int row, String column, String found, String expected) {
    public static ImportError ofFile(String message) {
        return new ImportError(null, 0, null, null, message);
    }

    public String message() {
        if (row == 0) {
            return expected;
        }
        StringBuilder b = new StringBuilder();
        b.append("Trang \"").append(sheet).append("\", dòng ").append(row);
        if (column == null) {
            // a register rule broken by the row as a whole
            return b.append(": ").append(expected).toString();
        }
        b.append(", cột ").append(column).append(": ");
        b.append(found == null || found.isEmpty() ? "ô trống" : "giá trị \"" + found + "\"");
        b.append(" — cần ").append(expected).append('.');
        return b.toString();
    }
}
