package vn.gov.khcn.tasks;

import java.time.LocalDate;

/** Voids an event recorded by mistake: the event, the day of the correction and why. */
public record CorrectionCommand(Long eventId, LocalDate date, String reason) {
}
