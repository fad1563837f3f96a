package vn.gov.khcn.drafting;

import java.time.LocalDate;

/** A stage a draft reached, with its date and document. */
public record DraftStageEntry(long id, long draftId, DraftStage stage, LocalDate reachedOn, Long documentId, String note) {
}
