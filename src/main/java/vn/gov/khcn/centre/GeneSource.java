package vn.gov.khcn.centre;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A crop gene source the centre keeps, from a day until a day (null while still kept). */
public record GeneSource(long id, String crop, LocalDate keptSince, LocalDate keptUntil, int version) {

    /**
     * The dates reports count it by: reports count the sources kept at the end of their period, so the days its
     * keeping began and ended.
     */
    public List<LocalDate> reportDates() {
        List<LocalDate> d = new ArrayList<>(List.of(keptSince));
        if (keptUntil != null) {
            d.add(keptUntil);
        }
        return d;
    }
}
