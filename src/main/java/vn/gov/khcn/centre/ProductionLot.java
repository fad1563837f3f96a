package vn.gov.khcn.centre;

import java.time.LocalDate;

/** A production lot: a quantity of a product made on a day. */
public record ProductionLot(long id, long productId, String productName, String uom, long quantity, LocalDate producedOn, String note, int version) {
}
