package vn.gov.khcn.identity;

/** What a user may do. A UNIT_STAFF user also belongs to one {@link vn.gov.khcn.shared.Unit}. */
public enum Role {
    ADMIN("Quản trị hệ thống"),
    DIRECTOR("Lãnh đạo Sở"),
    OFFICE("Văn phòng"),
    UNIT_STAFF("Cán bộ đơn vị"),
    VIEWER("Chỉ xem");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
