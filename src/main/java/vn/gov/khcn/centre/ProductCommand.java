package vn.gov.khcn.centre;

/** A product as a form or the API sends it. {@code version}: the version read, required to change a saved product. */
public record ProductCommand(String name, String uom, Integer version) {
    /** A new product. */
    public static ProductCommand of(String name, String uom) {
        return new ProductCommand(name, uom, null);
    }
}
