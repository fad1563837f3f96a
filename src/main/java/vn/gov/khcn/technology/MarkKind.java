package vn.gov.khcn.technology;

/** What protection a local specialty's sign has or seeks. */
public enum MarkKind {
    COLLECTIVE_MARK("Nhãn hiệu tập thể"),
    CERTIFICATION_MARK("Nhãn hiệu chứng nhận"),
    GEOGRAPHICAL_INDICATION("Chỉ dẫn địa lý");

    private final String label;

    MarkKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
