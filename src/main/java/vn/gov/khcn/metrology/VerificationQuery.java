package vn.gov.khcn.metrology;

import java.time.LocalDate;

/**
 * What the verification list shows; each filter may be null: the instrument type (its code), the year, the result,
 * the owner (an organisation's id), the serial, and the dates {@code from}/{@code to} (inclusive). The list page, the
 * API's search and the export bind it from the same query parameters.
 */
public record VerificationQuery(String type, Integer year, VerificationResult result, Long owner, String serial, LocalDate from,
                                LocalDate to) {
    public static final VerificationQuery ALL = new VerificationQuery(null, null, null, null, null, null, null);

    public VerificationQuery {
        type = type == null || type.isBlank() ? null : type.strip();
        serial = serial == null || serial.isBlank() ? null : serial.strip();
    }

    /** The verifications of a type in a year. */
    public static VerificationQuery of(String type, Integer year) {
        return new VerificationQuery(type, year, null, null, null, null, null);
    }

    /** The verifications of one serial. */
    public static VerificationQuery serial(String serial) {
        return new VerificationQuery(null, null, null, null, serial, null, null);
    }
}
