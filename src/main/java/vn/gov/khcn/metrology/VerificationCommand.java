package vn.gov.khcn.metrology;

import java.time.LocalDate;

/** What a form, an API call or an import sends to record or correct a verification. */
public record VerificationCommand(String typeCode, String serial, Long ownerId, LocalDate verifiedOn,
                                  VerificationKind kind, VerificationResult result, String stampNo, String performedBy,
                                  Integer version, String reason) {
}
