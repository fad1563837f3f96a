package vn.gov.khcn.centre;

import java.time.LocalDate;
import java.util.List;

/** A training course the centre held in a commune. */
public record Training(long id, String title, String commune, String district, LocalDate heldOn, Integer participants, int version) {

    /** The date reports count it by: the day it was held. */
    public List<LocalDate> reportDates() {
        return List.of(heldOn);
    }
}
