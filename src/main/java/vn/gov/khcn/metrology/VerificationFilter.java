package vn.gov.khcn.metrology;

import java.time.LocalDate;

/** Filters of the verification list; each may be null. {@code from}/{@code to} bound the date (inclusive). */
public record VerificationFilter(String typeCode, Integer year, VerificationResult result, Long ownerId, String serial,
                                 LocalDate from, LocalDate to) {
    public static final VerificationFilter NONE = new VerificationFilter(null, null, null, null, null, null, null);

    public static VerificationFilter of(String typeCode, Integer year) {
        return new VerificationFilter(typeCode, year, null, null, null, null, null);
    }
}
