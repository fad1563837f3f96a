package vn.gov.khcn.centre;

/** A product the centre makes, with its unit of measure (hộp, lọ, kg…). */
public record Product(long id, String name, String uom, int version) {
}
