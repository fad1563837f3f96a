package vn.gov.khcn.drafting;

import java.time.LocalDate;

/** Moves a draft to a later stage on a date, optionally citing a document (the submission, the issued text). */
public record StageCommand(DraftStage stage, LocalDate reachedOn, Long documentId, String note) {
}
