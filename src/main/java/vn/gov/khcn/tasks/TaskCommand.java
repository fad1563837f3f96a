package vn.gov.khcn.tasks;

/** What a form or an API call sends to create or change a task's facts; {@code version} is the one read. */
public record TaskCommand(String code, String title, TaskKind kind, TaskLevel level, RuralManagement ruralManagement,
                          Integer startYear, Long hostId, String investigator, String field, Integer durationMonths,
                          String location, Integer version, String reason) {
}
