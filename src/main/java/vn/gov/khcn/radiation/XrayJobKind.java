package vn.gov.khcn.radiation;

/** The application centre's X-ray service jobs: a machine verified, or a room's radiation checked. */
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

    /** Whether the job is done on a machine (a device of the facility) rather than a room. */
    public boolean onMachine() {
        return this == MACHINE_VERIFICATION;
    }
}
