package vn.gov.khcn.centre;

import java.time.LocalDate;

/** A sale of a quantity of a product on a day. */
public record Sale(long id, long productId, String productName, String uom, long quantity, LocalDate soldOn, String buyer, int version) {
}
