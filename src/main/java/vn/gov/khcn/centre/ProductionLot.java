package vn.gov.khcn.centre;

import java.time.LocalDate;
import java.util.List;

/** A production lot: a quantity of a product made on a day. */
public record ProductionLot(long id, long productId, String productName, String uom, long quantity, LocalDate producedOn, String note,
                            int version) {

    /** The date reports count it by: the day it was produced. */
    public List<LocalDate> reportDates() {
        return List.of(producedOn);
    }
}
