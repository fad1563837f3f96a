package vn.gov.khcn.tasks;

/** Who manages a rural-and-mountain programme task: the ministry, or the province by delegation. */
public enum RuralManagement {
    CENTRAL("Trung ương quản lý"),
    DELEGATED("Ủy quyền địa phương quản lý");

    private final String label;

    RuralManagement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
