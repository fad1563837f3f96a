package vn.gov.khcn.tasks;

import java.time.LocalDate;
import java.util.List;

/**
 * One dated event of a task. A CORRECTION names the event it voids ({@code correctsEventId}) with a
 * reason; the voided event stays in the record but no longer counts.
 */
public record TaskEvent(long id, long taskId, EventKind kind, LocalDate date, String rating, String note,
                        Long correctsEventId, String reason, List<Long> documentIds, List<Long> recipientIds) {
    public TaskEvent {
        documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
        recipientIds = recipientIds == null ? List.of() : List.copyOf(recipientIds);
    }
}
