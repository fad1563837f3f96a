package vn.gov.khcn.technology;

/**
 * What the IP support list shows: cases of organisations or people whose name contains {@code q} (diacritics and
 * case ignored), advised in {@code year} (null: any). The list page, the API and the export bind it from the same
 * parameters.
 */
public record IpSupportCaseQuery(String q, Integer year) {
    public static final IpSupportCaseQuery ALL = new IpSupportCaseQuery(null, null);

    public IpSupportCaseQuery {
        q = q == null || q.isBlank() ? null : q.strip();
    }
}
