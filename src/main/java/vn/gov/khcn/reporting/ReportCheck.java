package vn.gov.khcn.reporting;

/** One check run before a report is submitted: the rule, whether it holds, the indicator and a Vietnamese message naming the figures. */
public record ReportCheck(String rule, boolean ok, String code, String message) {
    public static ReportCheck ok(String rule) {
        return new ReportCheck(rule, true, null, null);
    }

    public static ReportCheck fail(String rule, String code, String message) {
        return new ReportCheck(rule, false, code, message);
    }
}
