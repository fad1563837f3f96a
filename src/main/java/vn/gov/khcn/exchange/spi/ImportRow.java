package vn.gov.khcn.exchange.spi;

import java.time.LocalDate;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * One validated data row of a register's sheet: values already converted (String, LocalDate, Long) and read by
 * column, and the row number as Excel shows it.
 */
public record ImportRow(RegisterSpec spec, int rowNumber, Object[] values) {
    public String text(Column c) {
        return (String) values[spec.indexOf(c)];
    }

    public LocalDate date(Column c) {
        return (LocalDate) values[spec.indexOf(c)];
    }

    public Long integer(Column c) {
        return (Long) values[spec.indexOf(c)];
    }

    /** A code cell as codes compare: in capitals ("xa001" is the code XA001). */
    public String code(Column c) {
        return text(c).toUpperCase(Locale.ROOT);
    }

    /** The values of {@code columns} joined by "|" (an empty cell as "null"): what makes two rows the same record. */
    public String key(Column... columns) {
        StringJoiner key = new StringJoiner("|");
        for (Column c : columns) {
            key.add(String.valueOf(values[spec.indexOf(c)]));
        }
        return key.toString();
    }

    /** A whole-number cell as an int (the column validated it; values beyond int are clamped). */
    public Integer intValue(Column c) {
        return toInt(integer(c));
    }

    /** A whole number as an int (columns validate whole numbers; values beyond int are clamped). */
    public static Integer toInt(Long v) {
        return v == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }

    /** The choice in a {@link ColumnType#CHOICE} column as the constant whose label it is; null for a blank cell. */
    public <E> E choice(Column c, E[] values, java.util.function.Function<E, String> label) {
        return Labels.byLabel(values, label, text(c));
    }

    /** The unit of a {@link Column#unit} column; null for a blank cell. */
    public vn.gov.khcn.shared.Unit unit(Column c) {
        return vn.gov.khcn.shared.Unit.find(text(c)).orElse(null);
    }

    // positional reads, for the registers not yet described by column handles
    public String text(int i) {
        return (String) values[i];
    }

    public LocalDate date(int i) {
        return (LocalDate) values[i];
    }

    public Long integer(int i) {
        return (Long) values[i];
    }
}
