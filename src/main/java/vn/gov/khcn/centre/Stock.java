package vn.gov.khcn.centre;

/** Stock on hand of a product: everything produced less everything sold, up to a day. */
public record Stock(long productId, String name, String uom, long produced, long sold, long onHand) {
}
