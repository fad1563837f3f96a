package vn.gov.khcn.quality;

/**
 * What the guidance list shows: guidance given in {@code year} (null: every year). The list page, the API's search and
 * the export bind it from the same query parameters.
 */
public record GuidanceQuery(Integer year) {
    public static final GuidanceQuery ALL = new GuidanceQuery(null);
}
