package vn.gov.khcn.technology;

/** Where the protection of a collective mark or geographical indication stands. */
public enum MarkStatus {
    PREPARING("Đang xây dựng hồ sơ"),
    FILED("Đã nộp đơn"),
    PROTECTED("Đã được cấp văn bằng bảo hộ"),
    MANAGED("Đang quản lý, phát triển");

    private final String label;

    MarkStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
