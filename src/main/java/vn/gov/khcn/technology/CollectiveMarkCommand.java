package vn.gov.khcn.technology;

/**
 * A collective mark, certification mark or geographical indication as a form or the API sends it. {@code version}:
 * the version read, required to correct a saved one.
 */
public record CollectiveMarkCommand(String name, MarkKind kind, String product, String holder, MarkStatus status, Integer version) {
    /** A new mark or indication. */
    public static CollectiveMarkCommand of(String name, MarkKind kind, String product, String holder, MarkStatus status) {
        return new CollectiveMarkCommand(name, kind, product, holder, status, null);
    }
}
