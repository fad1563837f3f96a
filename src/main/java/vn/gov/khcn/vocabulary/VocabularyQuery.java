package vn.gov.khcn.vocabulary;

/**
 * What the vocabulary page shows: the entries of a list (all lists when null) whose label or code contains
 * {@code q} (diacritics and case ignored), retired ones too unless {@code current} is true. The page and its export
 * bind it from the same query parameters.
 */
public record VocabularyQuery(VocabularyList list, String q, Boolean current) {
    public static final VocabularyQuery ALL = new VocabularyQuery(null, null, null);

    public VocabularyQuery {
        q = q == null || q.isBlank() ? null : q.strip();
    }
}
