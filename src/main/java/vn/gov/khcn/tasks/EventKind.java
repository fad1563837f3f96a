package vn.gov.khcn.tasks;

/** The dated events of a task's life (domain.md record 3), plus the correction of a wrong one. */
public enum EventKind {
    LISTED("Đưa vào danh mục"),
    CALL_OPENED("Mở hồ sơ tuyển chọn, giao trực tiếp"),
    SELECTED("Hội đồng tuyển chọn, giao trực tiếp"),
    APPRAISED("Thẩm định nội dung, kinh phí"),
    SUBMITTED_FOR_APPROVAL("Trình phê duyệt"),
    APPROVED("Phê duyệt"),
    CONTRACTED("Ký hợp đồng"),
    PROGRESS_CHECKED("Kiểm tra tiến độ, xác định khối lượng"),
    ADJUSTMENT_REQUESTED("Đề nghị điều chỉnh"),
    ADJUSTED("Điều chỉnh"),
    EXTENDED("Gia hạn"),
    ACCEPTANCE_COUNCIL_FORMED("Thành lập hội đồng nghiệm thu"),
    ACCEPTED("Họp hội đồng nghiệm thu"),
    RESULTS_RECOGNISED("Công nhận kết quả"),
    CERTIFIED("Cấp giấy chứng nhận kết quả thực hiện"),
    RESULTS_TRANSFERRED("Giao quyền sử dụng, chuyển giao kết quả"),
    /** The task's results applied in production and life (by the organisations named, if any); repeatable. */
    RESULTS_APPLIED("Ứng dụng kết quả vào sản xuất, đời sống"),
    TERMINATED("Dừng thực hiện, thanh lý"),
    CORRECTION("Hủy sự kiện ghi nhầm");

    private final String label;

    EventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The short noun a clerk also writes for it: "nghiệm thu", "ký hợp đồng"… */
    public String action() {
        return Task.action(this);
    }

    /** The steps before the contract that come in this order, some of which may be skipped. */
    boolean isPreContractStep() {
        return ordinal() >= CALL_OPENED.ordinal() && ordinal() <= APPROVED.ordinal();
    }

    boolean isExecutionStep() {
        return this == PROGRESS_CHECKED || this == ADJUSTMENT_REQUESTED || this == ADJUSTED || this == EXTENDED;
    }

    /** Status label: what the task's status is when this was its last event. */
    public static String statusLabel(String status) {
        if (status == null) {
            return "Chưa có sự kiện";
        }
        return valueOf(status).label();
    }
}
