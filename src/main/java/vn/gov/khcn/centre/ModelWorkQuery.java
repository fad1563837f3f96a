package vn.gov.khcn.centre;

/**
 * What the model-work list shows: work whose title contains {@code q} (diacritics and case ignored) dated in
 * {@code year} (null: any year). The list page binds it from its query parameters, and its export from the same ones.
 */
public record ModelWorkQuery(String q, Integer year) {
    public static final ModelWorkQuery ALL = new ModelWorkQuery(null, null);

    public ModelWorkQuery {
        q = q == null || q.isBlank() ? null : q.strip();
    }
}
