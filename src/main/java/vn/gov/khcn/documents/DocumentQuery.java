package vn.gov.khcn.documents;

/**
 * What the document list shows: documents whose number and symbol or summary hold each word of {@code q} (diacritics,
 * case and word order ignored), of a type, issued in a year (each null: any). The list page, the API's search and
 * the export bind it from the same parameters.
 */
public record DocumentQuery(String q, DocumentType type, Integer year) {
    public static final DocumentQuery ALL = new DocumentQuery(null, null, null);

    public DocumentQuery {
        q = q == null || q.isBlank() ? null : q.strip();
    }

    /** The documents of one type. */
    public static DocumentQuery ofType(DocumentType type) {
        return new DocumentQuery(null, type, null);
    }
}
