package vn.gov.khcn.inspection;

/** The field of a specialised inspection. */
public enum InspectionField {
    MEASUREMENT("Đo lường"),
    QUALITY("Chất lượng sản phẩm, hàng hóa"),
    RADIATION("An toàn bức xạ"),
    IP("Sở hữu trí tuệ"),
    OTHER("Khác");

    private final String label;

    InspectionField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
