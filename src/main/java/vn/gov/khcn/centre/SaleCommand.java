package vn.gov.khcn.centre;

import java.time.LocalDate;

/**
 * A sale as a form or the API sends it. {@code version}: the version read, required to change a saved sale;
 * {@code reason}: why, when its day lies in an issued report's period.
 */
public record SaleCommand(Long productId, Long quantity, LocalDate soldOn, String buyer, Integer version, String reason) {
    /** A new sale (no version, no reason). */
    public static SaleCommand of(Long productId, Long quantity, LocalDate soldOn, String buyer) {
        return new SaleCommand(productId, quantity, soldOn, buyer, null, null);
    }
}
