package vn.gov.khcn.tasks;

/** Councils of a task's life. */
public enum CouncilKind {
    SELECTION("Hội đồng tuyển chọn, giao trực tiếp"),
    ACCEPTANCE("Hội đồng nghiệm thu");

    private final String label;

    CouncilKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
