package vn.gov.khcn.organisations;

/**
 * What the organisation list shows: names containing {@code q} (diacritics and case ignored), of a kind, a former
 * district and a commune (each by code or name; each null: any). The list page, the API's search and the export bind
 * it from the same parameters.
 */
public record OrganisationQuery(String q, OrganisationKind kind, String district, String commune) {
    public static final OrganisationQuery ALL = new OrganisationQuery(null, null, null, null);

    public OrganisationQuery {
        q = q == null || q.isBlank() ? null : q.strip();
        district = district == null || district.isBlank() ? null : district.strip();
        commune = commune == null || commune.isBlank() ? null : commune.strip();
    }

    public OrganisationQuery(String q, OrganisationKind kind, String district) {
        this(q, kind, district, null);
    }
}
