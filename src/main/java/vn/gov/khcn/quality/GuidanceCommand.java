package vn.gov.khcn.quality;

import java.time.LocalDate;

/** Input for guidance given to a business. */
public record GuidanceCommand(Long businessId, LocalDate guidedOn, String subject, Integer version, String reason) {
}
