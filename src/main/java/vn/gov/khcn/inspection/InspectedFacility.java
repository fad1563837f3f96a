package vn.gov.khcn.inspection;

/** A facility inspected in an inspection: its violations, the sanction and the fine in VND. */
public record InspectedFacility(long id, long inspectionId, long facilityId, String facilityName, int violations,
                                String violationNotes, String sanction, long fineVnd, int version) {
}
