package vn.gov.khcn.quality;

/** The outcome of an ISO 9001:2015 check of a state agency. */
public enum IsoResult {
    CONFORMING("Đạt yêu cầu"),
    NEEDS_CORRECTION("Cần khắc phục"),
    NONCONFORMING("Không đạt");

    private final String label;

    IsoResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
