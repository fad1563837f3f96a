package vn.gov.khcn.exchange.spi;

import java.util.function.Consumer;

/**
 * A register exchanged by spreadsheet: its description, how imported rows are written, and how its records are
 * exported in the same columns (so an exported file can be edited and imported again), filtered by {@code Q}: the
 * query record its list page binds from the same request parameters.
 */
public interface RegisterSheet<Q> {
    RegisterSpec spec();

    /** The register's list query: a record bound from the list page's request parameters. */
    Class<Q> queryType();

    /**
     * A writer for the rows of the import {@code importId} (its row in the imports log), inside its transaction;
     * {@code reason}: why rows dated in an issued report's period are added (null: none given, they are refused).
     */
    RowWriter open(long importId, String reason);

    /** Streams the records {@code query} selects as template rows, one at a time, to {@code sink}. */
    void export(Q query, Consumer<Object[]> sink);
}
