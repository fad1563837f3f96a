package vn.gov.khcn.outreach;

/**
 * What the outreach list shows: items of a channel (all when null), whose title contains {@code q} (diacritics and
 * case ignored), published in {@code year} (null: any year, drafts included). The list page binds it from its query
 * parameters, and its export from the same ones.
 */
public record OutreachQuery(Channel channel, String q, Integer year) {
    public static final OutreachQuery ALL = new OutreachQuery(null, null, null);

    public OutreachQuery {
        q = q == null || q.isBlank() ? null : q.strip();
    }
}
