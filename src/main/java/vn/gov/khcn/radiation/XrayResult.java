package vn.gov.khcn.radiation;

/** The result of an X-ray machine verification or room check. */
public enum XrayResult {
    PASS("Đạt"),
    FAIL("Không đạt");

    private final String label;

    XrayResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
