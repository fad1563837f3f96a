package vn.gov.khcn.metrology;

/**
 * A bulk load of verifications for an import, inside the caller's transaction. Each row is validated as
 * {@link Verifications#record} validates it (a broken rule is a {@link vn.gov.khcn.shared.DomainException});
 * valid rows are buffered and written in chunks (COPY on PostgreSQL, JDBC batch elsewhere). A row whose
 * serial and date are already in the register, or earlier in the load, is skipped, never doubled. A load whose
 * rows fall in an issued report's period is refused at {@link #finish} unless it was opened with a reason.
 */
public interface VerificationLoad {
    /** Validates and buffers one row; false when the same serial and date came earlier in the load (the row is dropped). */
    boolean add(VerificationCommand c);

    /**
     * Writes what is buffered, then checks the days of the rows written against the issued reports' periods; returns
     * the rows written and those found already in the register.
     */
    Totals finish();

    /** {@code skipped}: rows found already in the register at the write (those repeated within the load are not counted). */
    record Totals(long added, long skipped) {
    }
}
