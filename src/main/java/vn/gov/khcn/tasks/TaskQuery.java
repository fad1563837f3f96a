package vn.gov.khcn.tasks;

/** Filters of the task list; any may be null. {@code q} is searched without diacritics in title, investigator and host. */
public record TaskQuery(String q, TaskLevel level, EventKind status, Integer startYear, Long hostId) {
}
