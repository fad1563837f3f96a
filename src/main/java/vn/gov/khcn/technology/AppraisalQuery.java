package vn.gov.khcn.technology;

/**
 * What the appraisal list shows: opinions on projects whose name contains {@code q} (diacritics and case ignored),
 * given in {@code year} (null: any). The list page, the API and the export bind it from the same parameters.
 */
public record AppraisalQuery(String q, Integer year) {
    public static final AppraisalQuery ALL = new AppraisalQuery(null, null);

    public AppraisalQuery {
        q = q == null || q.isBlank() ? null : q.strip();
    }
}
