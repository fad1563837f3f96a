package vn.gov.khcn.quality;

import java.time.LocalDate;
import vn.gov.khcn.shared.Unit;

/** A check of a state agency's ISO 9001:2015 quality management system. */
public record IsoCheck(long id, long agencyId, String agencyName, int plannedYear, LocalDate checkedOn, IsoResult result,
                       String notes, Unit unit, int version) {
}
