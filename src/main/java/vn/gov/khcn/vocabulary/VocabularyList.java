package vn.gov.khcn.vocabulary;

/**
 * A list kept as data, with the attributes its entries carry besides code, label, order and retired flag: an
 * acceptance rating says whether it is passing, an instrument type its legal verification interval in months.
 */
public enum VocabularyList {
    TASK_LEVEL("Cấp quản lý nhiệm vụ KH&CN", false, false),
    TASK_RATING("Xếp loại nghiệm thu nhiệm vụ", true, false),
    INSTRUMENT_TYPE("Loại phương tiện đo", false, true),
    INSPECTION_FIELD("Lĩnh vực thanh tra, kiểm tra", false, false),
    INSPECTION_KIND("Loại cuộc thanh tra, kiểm tra", false, false),
    OUTREACH_CHANNEL("Hình thức thông tin, tuyên truyền", false, false),
    COUNCIL_KIND("Loại hội đồng", false, false);

    private final String label;
    private final boolean hasPassing;
    private final boolean hasInterval;

    VocabularyList(String label, boolean hasPassing, boolean hasInterval) {
        this.label = label;
        this.hasPassing = hasPassing;
        this.hasInterval = hasInterval;
    }

    public String label() {
        return label;
    }

    /** Whether an entry says if it is a passing rating. */
    public boolean hasPassing() {
        return hasPassing;
    }

    /** Whether an entry carries a verification interval in months. */
    public boolean hasInterval() {
        return hasInterval;
    }
}
