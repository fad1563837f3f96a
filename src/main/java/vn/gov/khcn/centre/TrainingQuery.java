package vn.gov.khcn.centre;

/**
 * What the training list shows: courses whose title contains {@code q} (diacritics and case ignored) held in
 * {@code year} (null: any year). The list page binds it from its query parameters, and its export from the same ones.
 */
public record TrainingQuery(String q, Integer year) {
    public static final TrainingQuery ALL = new TrainingQuery(null, null);

    public TrainingQuery {
        q = q == null || q.isBlank() ? null : q.strip();
    }
}
