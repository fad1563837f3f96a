package vn.gov.khcn.radiation;

/** How a radiation-safety dossier was resolved. */
public enum DossierOutcome {
    LICENSED("Cấp giấy phép"),
    RENEWED("Gia hạn giấy phép"),
    AMENDED("Sửa đổi, bổ sung giấy phép"),
    CERTIFIED("Cấp chứng chỉ nhân viên bức xạ"),
    REFUSED("Từ chối, trả hồ sơ");

    private final String label;

    DossierOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
