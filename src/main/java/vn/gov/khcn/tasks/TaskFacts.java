package vn.gov.khcn.tasks;

import vn.gov.khcn.shared.Unit;

/** The facts of a task as stored; {@code status} is the kind of its last counting event (null: none yet). */
public record TaskFacts(long id, String code, String title, TaskKind kind, TaskLevel level, RuralManagement ruralManagement,
                        int startYear, Long hostId, String investigator, String field, Integer durationMonths,
                        String location, Unit unit, String status, int version) {
}
