package vn.gov.khcn.metrology;

/** The outcome of a verification: the instrument passed (đạt) or failed (không đạt). */
public enum VerificationResult {
    PASS("Đạt"),
    FAIL("Không đạt");

    private final String label;

    VerificationResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
