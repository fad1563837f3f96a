package vn.gov.khcn.metrology;

/**
 * A bulk load of verifications for an import, inside the caller's transaction. Each row is validated as
 * {@link Metrology#record} validates it (a broken rule is a {@link vn.gov.khcn.shared.DomainException});
 * valid rows are buffered and written in chunks (COPY on PostgreSQL, JDBC batch elsewhere). A row whose
 * serial and date are already in the register, or earlier in the load, is skipped, never doubled.
 */
public interface VerificationLoad {
    /** Validates and buffers one row. */
    void add(VerificationCommand c);

    /** Writes what is buffered and audits the rows written; returns the totals. */
    Totals finish();

    record Totals(long added, long skipped) {
    }
}
