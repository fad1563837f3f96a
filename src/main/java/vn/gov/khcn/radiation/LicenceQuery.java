package vn.gov.khcn.radiation;

/**
 * What the licence list shows: the licences of a facility (null: every facility) whose number contains {@code q}.
 * The list page, the API and the export bind it from the same parameters.
 */
public record LicenceQuery(Long facilityId, String q) {
    public static final LicenceQuery ALL = new LicenceQuery(null, null);

    public LicenceQuery {
        q = q == null || q.isBlank() ? null : q.strip();
    }
}
