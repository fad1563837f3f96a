package vn.gov.khcn.inspection;

import java.time.LocalDate;

/** Input for an inspection: the decision document (from the document register) and its field. */
public record InspectionCommand(Long decisionDocId, InspectionField field, String title, LocalDate openedOn, String followUp,
                                Integer version, String reason) {
}
