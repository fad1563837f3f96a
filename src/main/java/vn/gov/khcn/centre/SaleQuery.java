package vn.gov.khcn.centre;

/**
 * What the sales list shows: the sales of a product (all when null) made in {@code year} (null: any year). The list
 * page binds it from its query parameters, and its export from the same ones.
 */
public record SaleQuery(Long productId, Integer year) {
    public static final SaleQuery ALL = new SaleQuery(null, null);
}
