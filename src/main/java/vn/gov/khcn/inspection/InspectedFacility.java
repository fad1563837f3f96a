package vn.gov.khcn.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * A facility inspected in an inspection: its violations, the sanction, the fine in VND and the measuring instruments checked there. {@code openedOn} is its
 * inspection's day, by which reports count the facilities inspected.
 */
public record InspectedFacility(long id, long inspectionId, long facilityId, String facilityName, int violations,
                                String violationNotes, String sanction, long fineVnd, LocalDate openedOn, int version, int instrumentsChecked) {

    /** The date reports count it by: the day its inspection was opened. */
    public List<LocalDate> reportDates() {
        return List.of(openedOn);
    }
}
