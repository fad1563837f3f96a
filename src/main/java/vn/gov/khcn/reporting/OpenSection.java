package vn.gov.khcn.reporting;

import vn.gov.khcn.shared.Unit;

/** A narrative section of a draft not yet marked done by its unit: its slot, its heading in the report, the unit, and where its form is. */
public record OpenSection(String slot, String heading, Unit unit, boolean written) implements java.io.Serializable {
    /** The anchor of the section's form on the report page. */
    public String anchor() {
        return "slot-" + slot;
    }

    /** "Mục "2. Công tác chuyên môn về KH&CN" – Phòng Quản lý khoa học (chưa viết)". */
    public String describe() {
        return "Mục \"" + heading + "\" – " + unit.label() + (written ? "" : " (chưa viết)");
    }
}
