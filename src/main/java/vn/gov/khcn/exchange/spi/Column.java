package vn.gov.khcn.exchange.spi;

import java.util.List;

/**
 * One column of a register's spreadsheet: its Vietnamese heading, what it holds, whether it is required,
 * and for a {@link ColumnType#CHOICE} the words allowed — fixed, or read from a vocabulary kept as data
 * ({@code source}, see {@link #vocabulary}). The same description gives the template and the validation.
 */
public record Column(String heading, ColumnType type, boolean required, int maxLength, List<String> choices, String note,
                     ChoiceSource source) {
    public Column {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public Column(String heading, ColumnType type, boolean required, int maxLength, List<String> choices, String note) {
        this(heading, type, required, maxLength, choices, note, null);
    }

    /**
     * A choice from a vocabulary kept as data: the template's drop-down lists its current labels; a cell may hold a
     * label or a code (case and diacritics ignored) and the row holds the entry's code ({@link ImportRow#text}).
     */
    public static Column vocabulary(String heading, boolean required, ChoiceSource source, String note) {
        return new Column(heading, ColumnType.CHOICE, required, 200, List.of(), note, source);
    }

    /**
     * The department's unit, read from the org chart when the template is drawn or the file is read (the units in
     * use, not the retired ones): a cell gives the unit's name or code; {@link ImportRow#unit} reads it.
     */
    public static Column unit(String heading, boolean required, String note) {
        return vocabulary(heading, required, () -> java.util.Arrays.stream(vn.gov.khcn.shared.Unit.values())
                .map(u -> new ChoiceSource.Choice(u.code(), u.label())).toList(), note);
    }

    /** The labels allowed: the fixed words, or a vocabulary's current labels in its order. */
    @Override
    public List<String> choices() {
        return source == null ? choices : source.current().stream().map(ChoiceSource.Choice::label).toList();
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
