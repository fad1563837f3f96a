package vn.gov.khcn.technology;

import java.time.LocalDate;

/** A numbered initiative-recognition round (đợt) of a year: submitted to, then decided by, the provincial chairman. */
public record InitiativeRound(long id, int roundYear, int roundNo, LocalDate submittedOn, Long submissionDocumentId,
                              LocalDate decidedOn, Long decisionDocumentId, int version) {
    public String label() {
        return "đợt " + roundNo + " năm " + roundYear;
    }
}
