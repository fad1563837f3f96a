package vn.gov.khcn.shared;

/**
 * A value records store by its code: an entry of a vocabulary kept as data (a task level, an inspection field…).
 * Query parameters and typed inputs bind it as its code, as they bind an enum as its name.
 */
public interface Code {
    /** The code, as the column holds it. */
    String name();
}
