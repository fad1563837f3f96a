package vn.gov.khcn.inspection;

/** Input for a facility inspected: violations found, sanction and fine (VND). */
public record FacilityFindingCommand(Long facilityId, Integer violations, String violationNotes, String sanction, Long fineVnd,
                                     Integer version) {
}
