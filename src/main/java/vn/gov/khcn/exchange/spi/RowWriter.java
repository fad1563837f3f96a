package vn.gov.khcn.exchange.spi;

/**
 * Writes validated rows of one import, inside the import's transaction. {@link #write} returns false for a
 * row that is already in the register (or earlier in the same file): it is skipped, never doubled. A
 * register rule broken by the row is a {@link vn.gov.khcn.shared.DomainException}: it is reported for that row.
 */
public interface RowWriter extends AutoCloseable {
    boolean write(ImportRow row);

    /** After {@link #write} returned false: why the row was skipped, in Vietnamese (e.g. "đã có trong sổ"). */
    default String skipReason() {
        return "đã có trong sổ";
    }

    /** After {@link #finish}: what the rows it found already present were, in words (they are counted, not named). */
    default String lateSkipReason() {
        return "đã có trong sổ";
    }

    /**
     * Called once after the last row (flushes a buffer). A buffering writer returns true from {@link #write} for
     * every valid row and here the number of those rows it then found already present (they become skipped).
     */
    default long finish() {
        return 0;
    }

    @Override
    default void close() {
    }
}
