package vn.gov.khcn.geography;

/**
 * What the commune list shows: names or codes containing {@code q} (diacritics and case ignored), of a kind, that came
 * from a former district (its code); each null: any. The page and the export bind it from the same parameters.
 */
public record CommuneQuery(String q, CommuneKind kind, String district) {
    public static final CommuneQuery ALL = new CommuneQuery(null, null, null);

    public CommuneQuery {
        q = q == null || q.isBlank() ? null : q.strip();
        district = district == null || district.isBlank() ? null : district.strip();
    }
}
