package vn.gov.khcn.organisations;

/** What sort of organisation a record is. */
public enum OrganisationKind {
    STATE_AGENCY("Cơ quan nhà nước"),
    PUBLIC_UNIT("Đơn vị sự nghiệp"),
    RESEARCH_INSTITUTE("Viện, trường, tổ chức KH&CN"),
    ENTERPRISE("Doanh nghiệp"),
    COOPERATIVE("Hợp tác xã"),
    HEALTH_FACILITY("Cơ sở y tế"),
    HOUSEHOLD("Hộ kinh doanh, cá nhân"),
    OTHER("Khác");

    private final String label;

    OrganisationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
