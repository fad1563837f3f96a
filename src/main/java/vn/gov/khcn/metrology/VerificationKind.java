package vn.gov.khcn.metrology;

/** Why an instrument was verified. */
public enum VerificationKind {
    INITIAL("Ban đầu"),
    PERIODIC("Định kỳ"),
    AFTER_REPAIR("Sau sửa chữa");

    private final String label;

    VerificationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
