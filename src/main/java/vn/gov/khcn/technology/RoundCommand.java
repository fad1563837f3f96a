package vn.gov.khcn.technology;

import java.time.LocalDate;

/**
 * An initiative-recognition round as a form or the API sends it. {@code version}: the version read, required to
 * correct a saved round; {@code reason}: why, when its submission or decision lies in an issued report's period.
 */
public record RoundCommand(Integer year, Integer roundNo, LocalDate submittedOn, Long submissionDocumentId, LocalDate decidedOn,
                           Long decisionDocumentId, Integer version, String reason) {
    /** A new round. */
    public static RoundCommand of(Integer year, Integer roundNo, LocalDate submittedOn, Long submissionDocumentId, LocalDate decidedOn,
                                  Long decisionDocumentId) {
        return new RoundCommand(year, roundNo, submittedOn, submissionDocumentId, decidedOn, decisionDocumentId, null, null);
    }
}
