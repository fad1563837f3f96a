package vn.gov.khcn.quality;

import java.time.LocalDate;

/**
 * Guidance given to a business as a form or the API sends it. {@code version}: the version read, required to correct a
 * saved record; {@code reason}: why, when its day lies in an issued report's period.
 */
public record GuidanceCommand(Long businessId, LocalDate guidedOn, String subject, Integer version, String reason) {
    /** A new record (no version, no reason). */
    public static GuidanceCommand of(Long businessId, LocalDate guidedOn, String subject) {
        return new GuidanceCommand(businessId, guidedOn, subject, null, null);
    }
}
