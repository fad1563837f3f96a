package vn.gov.khcn.tasks;

import java.time.LocalDate;
import vn.gov.khcn.shared.Unit;

/**
 * A task under execution and when its contract ends: the date of its (latest) contract plus its duration in months.
 * {@code extended}: its last event is an extension, whose new end the register does not hold as a date.
 */
public record ContractEnd(long taskId, String code, String title, Unit unit, LocalDate contractedOn, int durationMonths,
                          LocalDate endsOn, boolean extended) {
}
