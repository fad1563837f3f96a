package vn.gov.khcn.centre;

import java.time.LocalDate;

/**
 * A production lot as a form or the API sends it. {@code version}: the version read, required to change a saved lot;
 * {@code reason}: why, when its day lies in an issued report's period.
 */
public record LotCommand(Long productId, Long quantity, LocalDate producedOn, String note, Integer version, String reason) {
    /** A new lot (no version, no reason). */
    public static LotCommand of(Long productId, Long quantity, LocalDate producedOn, String note) {
        return new LotCommand(productId, quantity, producedOn, note, null, null);
    }
}
