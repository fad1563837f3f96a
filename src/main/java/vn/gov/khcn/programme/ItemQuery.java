package vn.gov.khcn.programme;

/**
 * What the list of assigned items shows: items of a programme month (YYYY-MM; null: every month) whose title
 * contains {@code q} (diacritics and case ignored); {@code overdue} keeps those past their deadline and not done.
 * The list page, the API's search and the export bind it from the same parameters.
 */
public record ItemQuery(String month, String q, Boolean overdue) {
    public static final ItemQuery ALL = new ItemQuery(null, null, false);

    public ItemQuery {
        month = month == null || month.isBlank() ? null : month.strip();
        q = q == null || q.isBlank() ? null : q.strip();
        overdue = Boolean.TRUE.equals(overdue);
    }
}
