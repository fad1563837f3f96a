package vn.gov.khcn.drafting;

/** The body that issues the drafted document. */
public enum DraftBody {
    PARTY_COMMITTEE("Tỉnh ủy"),
    PEOPLE_COUNCIL("HĐND tỉnh"),
    PEOPLE_COMMITTEE("UBND tỉnh");

    private final String label;

    DraftBody(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
