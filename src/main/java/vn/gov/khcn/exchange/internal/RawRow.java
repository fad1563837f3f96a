package vn.gov.khcn.exchange.internal;

import java.util.List;

/**
 * A row as read, before validation: its number as Excel shows it and its cells — String, BigDecimal,
 * Boolean, or {@link Formula} — with null for an empty cell.
 */
record RawRow(int number, List<Object> cells) {
    Object cell(int i) {
        return i < cells.size() ? cells.get(i) : null;
    }

    boolean isBlank() {
        for (Object c : cells) {
            if (c != null && !(c instanceof String s && s.isBlank())) {
                return false;
            }
        }
        return true;
    }

    /** A formula found in a cell: refused, the file must carry values. */
    record Formula(String text) {
    }
}
