package vn.gov.khcn.reporting;

/** Published inside the issue transaction once the issued report's whole text is kept; listen after commit. */
public record ReportTextFrozen(long reportId) {
}
