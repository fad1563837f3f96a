package vn.gov.khcn.radiation;

/**
 * What the X-ray job list shows: jobs of a kind (null: both) performed in {@code year} (null: any year). The list
 * page, the API and the export bind it from the same parameters.
 */
public record XrayJobQuery(XrayJobKind kind, Integer year) {
    public static final XrayJobQuery ALL = new XrayJobQuery(null, null);
}
