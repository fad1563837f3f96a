package vn.gov.khcn.radiation;

/** The application centre's X-ray service jobs. */
public enum XrayJobKind {
    MACHINE_VERIFICATION("Kiểm định máy X-quang"),
    ROOM_CHECK("Kiểm xạ phòng X-quang");

    private final String label;

    XrayJobKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
