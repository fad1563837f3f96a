package vn.gov.khcn.tasks;

/** A row of the task list. */
public record TaskSummary(long id, String code, String title, TaskKind kind, TaskLevel level, int startYear,
                          String hostName, String investigator, String status) {
    public String statusLabel() {
        return EventKind.statusLabel(status);
    }
}
