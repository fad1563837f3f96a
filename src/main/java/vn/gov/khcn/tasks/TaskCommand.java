package vn.gov.khcn.tasks;

/**
 * A task's facts as a form or the API sends them to record or correct it. {@code version}: the version read,
 * required to correct a saved task; {@code reason}: why, when one of the task's events lies in an issued report's
 * period.
 */
public record TaskCommand(String code, String title, TaskKind kind, TaskLevel level, RuralManagement ruralManagement,
                          Integer startYear, Long hostId, String investigator, String field, Integer durationMonths,
                          String location, Integer version, String reason) {
    /** A new task (no version, no reason). */
    public static TaskCommand of(String code, String title, TaskKind kind, TaskLevel level, RuralManagement ruralManagement,
                                 Integer startYear, Long hostId, String investigator, String field, Integer durationMonths,
                                 String location) {
        return new TaskCommand(code, title, kind, level, ruralManagement, startYear, hostId, investigator, field, durationMonths,
                location, null, null);
    }
}
