package vn.gov.khcn.exchange.spi;

import java.time.LocalDate;

/** One exported record as a row of its register's template: values set by column, written in column order. */
public final class ExportRow {
    private final RegisterSpec spec;
    private final Object[] values;

    ExportRow(RegisterSpec spec) {
        this.spec = spec;
        this.values = new Object[spec.columns().size()];
    }

    /** Sets a cell: text, a date or a whole number (null leaves it empty). */
    public ExportRow put(Column column, Object value) {
        Object v = value instanceof Integer i ? Long.valueOf(i) : value;
        if (v != null && !(v instanceof String || v instanceof LocalDate || v instanceof Long)) {
            throw new IllegalArgumentException("A cell holds text, a date or a whole number, not " + v.getClass());
        }
        values[spec.indexOf(column)] = v;
        return this;
    }

    /** The cells in column order. */
    public Object[] values() {
        return values.clone();
    }
}
