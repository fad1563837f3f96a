package vn.gov.khcn.inspection;

import java.time.LocalDate;

/**
 * An inspection as a form or the API sends it: the decision document (from the document register) and its field.
 * {@code version}: the version read, required to correct a saved inspection; {@code reason}: why, when its day lies in
 * an issued report's period.
 */
public record InspectionCommand(Long decisionDocId, InspectionField field, String title, LocalDate openedOn, String followUp,
                                Integer version, String reason) {
    /** A new inspection (no version, no reason). */
    public static InspectionCommand of(Long decisionDocId, InspectionField field, String title, LocalDate openedOn, String followUp) {
        return new InspectionCommand(decisionDocId, field, title, openedOn, followUp, null, null);
    }
}
