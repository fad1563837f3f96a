package vn.gov.khcn.technology;

import java.time.LocalDate;

public record RoundCommand(Integer year, Integer roundNo, LocalDate submittedOn, Long submissionDocumentId, LocalDate decidedOn,
                           Long decisionDocumentId, Integer version) {
}
