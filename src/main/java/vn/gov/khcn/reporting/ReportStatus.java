package vn.gov.khcn.reporting;

import vn.gov.khcn.identity.Role;

/** The life of a report: draft → submitted (office) → approved (director) → issued (office or admin). */
public enum ReportStatus {
    DRAFT("Dự thảo"),
    SUBMITTED("Đã trình"),
    APPROVED("Đã duyệt"),
    ISSUED("Đã ban hành");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The status a step leads to from this one, if the step is allowed here. */
    public boolean canTransitionTo(ReportStatus next) {
        return switch (this) {
            case DRAFT -> next == SUBMITTED;
            case SUBMITTED -> next == APPROVED || next == DRAFT;
            case APPROVED -> next == ISSUED || next == DRAFT;
            case ISSUED -> false;
        };
    }

    /**
     * May this role take the step from this status to the next? As {@link #mayBeSetBy}, except that an approved report
     * goes back to draft only by the director who approved it (the office cannot undo an approval).
     */
    public boolean mayMove(ReportStatus next, Role role) {
        if (this == APPROVED && next == DRAFT) {
            return role == Role.DIRECTOR;
        }
        return next.mayBeSetBy(role);
    }

    /** Who may move a report into this status. */
    public boolean mayBeSetBy(Role role) {
        return switch (this) {
            case SUBMITTED -> role == Role.OFFICE || role == Role.ADMIN;
            case APPROVED -> role == Role.DIRECTOR;
            case ISSUED -> role == Role.OFFICE || role == Role.ADMIN;
            case DRAFT -> role == Role.DIRECTOR || role == Role.OFFICE || role == Role.ADMIN;
        };
    }
}
