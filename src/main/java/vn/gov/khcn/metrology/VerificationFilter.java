package vn.gov.khcn.metrology;

/** Filters of the verification list; each may be null. */
public record VerificationFilter(String typeCode, Integer year, VerificationResult result, Long ownerId, String serial) {
    public static final VerificationFilter NONE = new VerificationFilter(null, null, null, null, null);
}
