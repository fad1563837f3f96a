package vn.gov.khcn.quality;

import java.time.LocalDate;

/**
 * An ISO check as a form or the API sends it; the planned year defaults to the year of the check. {@code version}: the
 * version read, required to correct a saved check; {@code reason}: why, when its day lies in an issued report's period.
 */
public record IsoCheckCommand(Long agencyId, Integer plannedYear, LocalDate checkedOn, IsoResult result, String notes,
                              Integer version, String reason) {
    /** A new check (no version, no reason). */
    public static IsoCheckCommand of(Long agencyId, Integer plannedYear, LocalDate checkedOn, IsoResult result, String notes) {
        return new IsoCheckCommand(agencyId, plannedYear, checkedOn, result, notes, null, null);
    }
}
