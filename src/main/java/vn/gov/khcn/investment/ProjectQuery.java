package vn.gov.khcn.investment;

/**
 * What the project list shows: projects whose name contains {@code q} (diacritics and case ignored), only those not
 * finished yet when {@code active}. The list page binds it from its query parameters, and the exports of projects
 * and of their disbursements from the same ones.
 */
public record ProjectQuery(String q, Boolean active) {
    public static final ProjectQuery ALL = new ProjectQuery(null, false);

    public ProjectQuery {
        q = q == null || q.isBlank() ? null : q.strip();
        active = Boolean.TRUE.equals(active);
    }
}
