package vn.gov.khcn.centre;

/**
 * What the lot list shows: the lots of a product (all when null) produced in {@code year} (null: any year). The list
 * page binds it from its query parameters, and its export from the same ones.
 */
public record LotQuery(Long productId, Integer year) {
    public static final LotQuery ALL = new LotQuery(null, null);
}
