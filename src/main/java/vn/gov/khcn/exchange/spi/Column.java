package vn.gov.khcn.exchange.spi;

import java.util.List;

/**
 * One column of a register's spreadsheet: its Vietnamese heading, what it holds, whether it is required,
 * and for a {@link ColumnType#CHOICE} the words allowed. The same description gives the template and the validation.
 */
public record Column(String heading, ColumnType type, boolean required, int maxLength, List<String> choices, String note) {
    public Column {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public static Column text(String heading, boolean required, int maxLength, String note) {
        return new Column(heading, ColumnType.TEXT, required, maxLength, List.of(), note);
    }

    public static Column date(String heading, boolean required, String note) {
        return new Column(heading, ColumnType.DATE, required, 10, List.of(), note);
    }

    public static Column integer(String heading, boolean required, String note) {
        return new Column(heading, ColumnType.INTEGER, required, 19, List.of(), note);
    }

    public static Column choice(String heading, boolean required, List<String> choices, String note) {
        return new Column(heading, ColumnType.CHOICE, required, 200, choices, note);
    }

    /** What a valid value looks like, in words, for error messages and the notes sheet. */
    public String expected() {
        String what = switch (type) {
            case TEXT -> "văn bản tối đa " + maxLength + " ký tự";
            case DATE -> "ngày dạng dd/mm/yyyy hoặc ô ngày của Excel";
            case INTEGER -> "số nguyên";
            case CHOICE -> "một trong: " + String.join("; ", choices);
        };
        return (required ? "bắt buộc, " : "") + what;
    }
}
