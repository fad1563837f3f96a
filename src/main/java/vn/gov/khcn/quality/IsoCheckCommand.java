package vn.gov.khcn.quality;

import java.time.LocalDate;

/** Input for an ISO check; the planned year defaults to the year of the check. */
public record IsoCheckCommand(Long agencyId, Integer plannedYear, LocalDate checkedOn, IsoResult result, String notes,
                              Integer version, String reason) {
}
