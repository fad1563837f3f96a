package vn.gov.khcn.tasks;

/** The level of a task: who funds and manages it. */
public enum TaskLevel {
    NATIONAL("Cấp quốc gia"),
    URGENT_LOCAL("Cấp thiết địa phương sử dụng kinh phí cấp quốc gia"),
    RURAL_MOUNTAIN("Chương trình nông thôn miền núi"),
    PROVINCIAL("Cấp tỉnh"),
    GRASSROOTS("Cấp cơ sở");

    private final String label;

    TaskLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
