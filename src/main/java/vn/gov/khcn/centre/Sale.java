package vn.gov.khcn.centre;

import java.time.LocalDate;
import java.util.List;

/** A sale of a quantity of a product on a day, to a buyer (null: none named). */
public record Sale(long id, long productId, String productName, String uom, long quantity, LocalDate soldOn, String buyer, int version) {

    /** The date reports count it by: the day it was sold. */
    public List<LocalDate> reportDates() {
        return List.of(soldOn);
    }
}
