package vn.gov.khcn.tasks;

import java.time.LocalDate;
import java.util.List;

/**
 * What a form or an API call sends to record an event: its kind and date, the rating (ACCEPTED), the
 * documents cited (by id, or one by number and date, which must be in the document register), the
 * recipients (RESULTS_TRANSFERRED), a note, and the reason when the date lies in an issued report's period.
 */
public record EventCommand(EventKind kind, LocalDate date, String rating, String note, List<Long> documentIds,
                           String documentNumber, LocalDate documentDate, List<Long> recipientIds, String reason) {
}
