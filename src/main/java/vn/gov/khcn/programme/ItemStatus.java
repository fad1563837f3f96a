package vn.gov.khcn.programme;

/** Where an assigned item stands. OVERDUE is derived (deadline passed, not done) and is never set by hand. */
public enum ItemStatus {
    ASSIGNED("Được giao"),
    IN_PROGRESS("Đang thực hiện"),
    SUBMITTED("Đã trình"),
    DONE("Hoàn thành"),
    OVERDUE("Quá hạn");

    private final String label;

    ItemStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Forward moves only, except that a submitted item may come back for revision. */
    public boolean canTransitionTo(ItemStatus next) {
        if (next == OVERDUE || this == DONE && next != DONE) {
            return false;
        }
        return next.ordinal() >= ordinal() || this == SUBMITTED && next == IN_PROGRESS;
    }
}
