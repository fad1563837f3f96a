package vn.gov.khcn.drafting;

/** The stages of a draft, in order; a draft only moves forward. */
public enum DraftStage {
    DRAFTING("Đang soạn thảo"),
    CONSULTING("Đang lấy ý kiến"),
    SUBMITTED("Đã trình"),
    ISSUED("Đã ban hành");

    private final String label;

    DraftStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean canMoveTo(DraftStage next) {
        return next.ordinal() > ordinal();
    }
}
