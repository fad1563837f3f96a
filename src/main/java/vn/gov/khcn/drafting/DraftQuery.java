package vn.gov.khcn.drafting;

/**
 * What the drafts list shows: drafts whose title contains {@code q} (diacritics and case ignored), for a body, at a
 * stage (each null: any). The list page, the API's search and the export bind it from the same parameters.
 */
public record DraftQuery(String q, DraftBody body, DraftStage stage) {
    public static final DraftQuery ALL = new DraftQuery(null, null, null);

    public DraftQuery {
        q = q == null || q.isBlank() ? null : q.strip();
    }
}
