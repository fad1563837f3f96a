package vn.gov.khcn.tasks;

/**
 * What the task list shows: tasks whose title, investigator, host or code contains {@code q} (diacritics and case
 * ignored), of a level, a status (the kind of the last counting event), a start year and a host (each null: any).
 * The list page, the API's search and the export bind it from the same parameters.
 */
public record TaskQuery(String q, TaskLevel level, EventKind status, Integer startYear, Long hostId) {
    public static final TaskQuery ALL = new TaskQuery(null, null, null, null, null);

    public TaskQuery {
        q = q == null || q.isBlank() ? null : q.strip();
    }

    /** The same filters, any status (the list's counts by status). */
    public TaskQuery anyStatus() {
        return new TaskQuery(q, level, null, startYear, hostId);
    }
}
