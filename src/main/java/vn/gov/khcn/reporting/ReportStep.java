package vn.gov.khcn.reporting;

import java.time.OffsetDateTime;
import java.util.Map;

/** One step of a report's life as the audit trail holds it: when, who (with the full name), which step, and why (a return). */
public record ReportStep(OffsetDateTime at, String username, String fullName, String action, String reason) {
    /** The audit actions that are steps of the workflow, with their Vietnamese labels. */
    static final Map<String, String> LABELS = Map.of(
            "CREATE", "Lập dự thảo",
            "SUBMIT", "Trình duyệt",
            "RETURN", "Trả lại dự thảo",
            "APPROVE", "Duyệt",
            "ISSUE", "Ban hành");

    public String label() {
        return LABELS.getOrDefault(action, action);
    }

    /** "08/09/2021 14:05", in Vietnam's time. */
    public String when() {
        return vn.gov.khcn.shared.Formats.dateTime(at);
    }

    /** The full name, or the account name when the account is gone. */
    public String who() {
        return fullName == null || fullName.isBlank() ? username : fullName;
    }
}
