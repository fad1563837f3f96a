package vn.gov.khcn.metrology;

import java.time.LocalDate;

/**
 * What a form, an API call or an import sends to record or correct a verification. {@code version}: the version read,
 * required to correct a saved record; {@code reason}: why, when its day lies in an issued report's period.
 */
public record VerificationCommand(String typeCode, String serial, Long ownerId, LocalDate verifiedOn,
                                  VerificationKind kind, VerificationResult result, String stampNo, String performedBy,
                                  Integer version, String reason) {
    /** A new verification (no version, no reason). */
    public static VerificationCommand of(String typeCode, String serial, Long ownerId, LocalDate verifiedOn, VerificationKind kind,
                                         VerificationResult result, String stampNo, String performedBy) {
        return new VerificationCommand(typeCode, serial, ownerId, verifiedOn, kind, result, stampNo, performedBy, null, null);
    }
}
