package vn.gov.khcn.centre;

import java.time.LocalDate;

/**
 * What the products page shows: every product with its stock on hand at the end of the day {@code on} (today when
 * null). The page binds it from its query parameters, and its export from the same ones.
 */
public record StockQuery(LocalDate on) {
    public static final StockQuery TODAY = new StockQuery(null);

    /** The day the stock is counted to. */
    public LocalDate day() {
        return on == null ? LocalDate.now() : on;
    }
}
