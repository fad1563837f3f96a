package vn.gov.khcn.inspection;

/**
 * A facility inspected, as the inspection's page or the API sends it: the violations found, the sanction and the fine
 * (VND), and the measuring instruments checked there ({@code instrumentsChecked}, none when left out). {@code version}: the version read, required to correct a saved one; {@code reason}: why, when its inspection
 * lies in an issued report's period.
 */
public record FacilityFindingCommand(Long facilityId, Integer violations, String violationNotes, String sanction, Long fineVnd,
                                     Integer version, String reason, Integer instrumentsChecked) {
    /** A finding as a client that does not count instruments sends it. */
    public FacilityFindingCommand(Long facilityId, Integer violations, String violationNotes, String sanction, Long fineVnd, Integer version,
                                  String reason) {
        this(facilityId, violations, violationNotes, sanction, fineVnd, version, reason, null);
    }

    /** A facility added to an inspection (no version, no reason). */
    public static FacilityFindingCommand of(Long facilityId, Integer violations, String violationNotes, String sanction, Long fineVnd) {
        return new FacilityFindingCommand(facilityId, violations, violationNotes, sanction, fineVnd, null, null, null);
    }
}
