package vn.gov.khcn.inspection;

import java.time.LocalDate;

/**
 * An inspection as a form or the API sends it: the decision document (from the document register), its field and its kind
 * (thanh tra or kiểm tra; left out: a thanh tra, {@link InspectionKind#INSPECTION}).
 * {@code version}: the version read, required to correct a saved inspection; {@code reason}: why, when its day lies in
 * an issued report's period.
 */
public record InspectionCommand(Long decisionDocId, InspectionField field, String title, LocalDate openedOn, String followUp,
                                Integer version, String reason, InspectionKind kind) {
    /** An inspection as a client that does not name its kind sends it: a thanh tra. */
    public InspectionCommand(Long decisionDocId, InspectionField field, String title, LocalDate openedOn, String followUp, Integer version,
                             String reason) {
        this(decisionDocId, field, title, openedOn, followUp, version, reason, null);
    }

    /** A new inspection (no version, no reason). */
    public static InspectionCommand of(Long decisionDocId, InspectionField field, String title, LocalDate openedOn, String followUp) {
        return new InspectionCommand(decisionDocId, field, title, openedOn, followUp, null, null);
    }
}
