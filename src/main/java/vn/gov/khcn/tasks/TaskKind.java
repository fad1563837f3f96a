package vn.gov.khcn.tasks;

/** What sort of S&T task it is. */
public enum TaskKind {
    RESEARCH("Đề tài"),
    PROJECT("Dự án"),
    PILOT_PRODUCTION("Dự án sản xuất thử nghiệm"),
    SCHEME("Đề án");

    private final String label;

    TaskKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
