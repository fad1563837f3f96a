package vn.gov.khcn.radiation;

/**
 * What the facility list shows: facilities whose name contains {@code q} (diacritics and case ignored) in
 * {@code district} (null: any). The list page, the API and the export bind it from the same parameters.
 */
public record FacilityQuery(String q, String district) {
    public static final FacilityQuery ALL = new FacilityQuery(null, null);

    public FacilityQuery {
        q = q == null || q.isBlank() ? null : q.strip();
        district = district == null || district.isBlank() ? null : district.strip();
    }
}
