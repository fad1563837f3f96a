package vn.gov.khcn.quality;

import java.time.LocalDate;
import java.util.List;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.Unit;

/** A check of a state agency's ISO 9001:2015 quality management system. */
public record IsoCheck(long id, long agencyId, String agencyName, int plannedYear, LocalDate checkedOn, IsoResult result,
                       String notes, Unit unit, int version) {

    /** The date reports count it by: the day of the check. */
    public List<LocalDate> reportDates() {
        return List.of(checkedOn);
    }

    /** How messages name it: the agency and the day. */
    public String label() {
        return agencyName + " ngày " + Formats.date(checkedOn);
    }
}
