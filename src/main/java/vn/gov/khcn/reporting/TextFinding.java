package vn.gov.khcn.reporting;

import vn.gov.khcn.shared.Unit;

/**
 * Something in a report's text that stops it being submitted or issued: a narrative not written, a sentence that would
 * print an empty reference, a figure typed in a narrative that the computed one contradicts, a total printed beside
 * parts that do not add up to it, the same figure printed with two values. It names the section (its
 * Vietnamese heading), the unit that owes the fix, the sentence, and where to fix it ({@code anchor}: "slot-…" for a
 * narrative's form, "planned" for the planned items, null for the template).
 */
public record TextFinding(String rule, String section, Unit unit, String anchor, String sentence, String message) {
    public static final String NARRATIVE_WRITTEN = "narrative-written";
    public static final String NO_EMPTY_REFERENCE = "no-empty-reference";
    public static final String TYPED_FIGURE = "typed-figure-matches";
    public static final String PARTS_SUM = "printed-parts-sum";
    public static final String ONE_VALUE = "one-figure-one-value";

    /** The rule as the report page names it (the rule's code stays in the JSON form). */
    public String label() {
        return label(rule);
    }

    public static String label(String rule) {
        return switch (rule) {
            case NARRATIVE_WRITTEN -> "Phần viết chưa có";
            case NO_EMPTY_REFERENCE -> "Câu in ra chỗ trống";
            case TYPED_FIGURE -> "Số gõ tay khác số liệu tính từ hồ sơ";
            case PARTS_SUM -> "Các phần in ra không cộng lại bằng tổng";
            case ONE_VALUE -> "Một số liệu in ra hai giá trị khác nhau";
            default -> "Nội dung chưa khớp";
        };
    }
}
