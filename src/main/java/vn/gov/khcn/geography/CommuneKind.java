package vn.gov.khcn.geography;

/** What a commune-level unit is since the two-level local government: a rural commune, a ward, a special zone. */
public enum CommuneKind {
    COMMUNE("Xã"),
    WARD("Phường"),
    SPECIAL_ZONE("Đặc khu");

    private final String label;

    CommuneKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
