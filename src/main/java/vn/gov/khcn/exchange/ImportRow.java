package vn.gov.khcn.exchange;

import java.time.LocalDate;

/**
 * One validated data row: values in column order, already converted (String, LocalDate, Long), and the
 * row number as Excel shows it.
 */
public record ImportRow(int rowNumber, Object[] values) {
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
