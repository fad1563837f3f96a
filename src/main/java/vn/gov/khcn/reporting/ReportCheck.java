package vn.gov.khcn.reporting;

/** One check run before a report is submitted: the rule, whether it holds, the indicator and a Vietnamese message naming the figures. */
public record ReportCheck(String rule, boolean ok, String code, String message) {
    public static ReportCheck ok(String rule) {
        return new ReportCheck(rule, true, null, null);
    }

    public static ReportCheck fail(String rule, String code, String message) {
        return new ReportCheck(rule, false, code, message);
    }

    /** A warning (the year's plan not yet reached): shown on the report page, it does not stop submit or issue. */
    public boolean warning() {
        return !ok && "plan-missed".equals(rule);
    }

    /** Whether the check lets the report go on: it holds, or it only warns. */
    public boolean passes() {
        return ok || warning();
    }

    /** The check as the report page names it (the rule's code stays in the JSON form). */
    public String label() {
        return switch (rule) {
            case "breakdown-sums" -> "Các phần cộng lại bằng tổng";
            case "month-within-ytd" -> "Số của tháng không vượt số lũy kế";
            case "single-computation" -> "Mỗi số liệu chỉ tính một lần";
            case "cited-documents-exist" -> "Văn bản trích dẫn có trong sổ văn bản";
            case "indicator-has-source" -> "Mỗi chỉ tiêu có nguồn số liệu";
            case "plan-parts-sum" -> "Kế hoạch các phần cộng lại bằng kế hoạch tổng";
            case "plan-missed" -> "Chỉ tiêu chưa đạt kế hoạch năm (cảnh báo)";
            default -> rule;
        };
    }
}
