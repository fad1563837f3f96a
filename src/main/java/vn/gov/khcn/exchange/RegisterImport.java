package vn.gov.khcn.exchange;

import java.util.Map;
import java.util.function.Consumer;

/**
 * A register exchanged by spreadsheet: its description, how imported rows are written, and how its records
 * are exported in the same columns (so an exported file can be edited and imported again).
 */
public interface RegisterImport {
    RegisterSpec spec();

    /** A writer for the rows of the import {@code importId} (its row in the imports log), inside its transaction. */
    RowWriter open(long importId);

    /**
     * Streams the register's records as template rows (values in column order: String, LocalDate, Long), filtered
     * as its list page is: {@code filters} are that page's query parameters. Rows go one at a time to the sink.
     */
    void export(Map<String, String> filters, Consumer<Object[]> sink);
}
