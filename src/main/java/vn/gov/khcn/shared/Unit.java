package vn.gov.khcn.shared;

/** The units of a department; every record belongs to one, and a unit's staff edit only its records. */
public enum Unit {
    DIRECTORATE("Ban Giám đốc"),
    OFFICE("Văn phòng Sở"),
    SCIENCE("Phòng Quản lý khoa học"),
    TECHNOLOGY("Phòng Quản lý công nghệ và Sở hữu trí tuệ"),
    TDC("Chi cục Tiêu chuẩn Đo lường Chất lượng"),
    INSPECTORATE("Thanh tra Sở"),
    CENTRE("Trung tâm Ứng dụng tiến bộ KH&CN");

    private final String label;

    Unit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
