package vn.gov.khcn.technology;

/**
 * What the list of marks and indications shows: those of a kind (null: every kind) whose name contains {@code q}
 * (diacritics and case ignored). The list page, the API and the export bind it from the same parameters.
 */
public record CollectiveMarkQuery(String q, MarkKind kind) {
    public static final CollectiveMarkQuery ALL = new CollectiveMarkQuery(null, null);

    public CollectiveMarkQuery {
        q = q == null || q.isBlank() ? null : q.strip();
    }
}
