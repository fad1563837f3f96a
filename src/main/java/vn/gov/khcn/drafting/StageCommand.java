package vn.gov.khcn.drafting;

import java.time.LocalDate;

/**
 * Moves a draft to a later stage on a date, optionally citing a document (the submission, the issued text).
 * {@code version}: the draft's version read (required); {@code reason}: why, when the move falls in an issued
 * report's period (the day a draft is issued ends it being "in progress").
 */
public record StageCommand(DraftStage stage, LocalDate reachedOn, Long documentId, String note, Integer version, String reason) {
    /** A move of the draft as of {@code version}, with no reason. */
    public static StageCommand of(DraftStage stage, LocalDate reachedOn, Long documentId, String note, int version) {
        return new StageCommand(stage, reachedOn, documentId, note, version, null);
    }
}
