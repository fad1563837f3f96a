package vn.gov.khcn.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.gov.khcn.shared.Unit;

/**
 * Builds a {@link Task} event by event, as the register would hold it, for tests of the task's life that need no
 * database: {@code aTask().contracted().with(EventKind.PROGRESS_CHECKED, "2031-05-01").build()}. Events are numbered
 * in the order given, from 1.
 */
final class TaskBuilder {
    static final long TASK_ID = 7;
    private final List<TaskEvent> events = new ArrayList<>();

    private TaskBuilder() {
    }

    static TaskBuilder aTask() {
        return new TaskBuilder();
    }

    /** Listed 15/01/2031, approved 01/03/2031, contracted 15/03/2031. */
    TaskBuilder contracted() {
        return with(EventKind.LISTED, "2031-01-15").with(EventKind.APPROVED, "2031-03-01").with(EventKind.CONTRACTED, "2031-03-15");
    }

    /** Contracted, the acceptance council formed 01/05/2031 and met 10/05/2031 with {@code rating}. */
    TaskBuilder accepted(String rating) {
        return contracted().with(EventKind.ACCEPTANCE_COUNCIL_FORMED, "2031-05-01").acceptedOn("2031-05-10", rating);
    }

    /** Accepted as passed, recognised 20/05/2031 and certified 01/06/2031. */
    TaskBuilder certified() {
        return accepted("EXCELLENT").with(EventKind.RESULTS_RECOGNISED, "2031-05-20").with(EventKind.CERTIFIED, "2031-06-01");
    }

    TaskBuilder with(EventKind kind, String date) {
        return add(kind, date, null, null, List.of());
    }

    TaskBuilder acceptedOn(String date, String rating) {
        return add(EventKind.ACCEPTED, date, rating, null, List.of());
    }

    TaskBuilder transferredTo(String date, Long... recipients) {
        return add(EventKind.RESULTS_TRANSFERRED, date, null, null, List.of(recipients));
    }

    /** A correction, dated {@code date}, voiding event number {@code eventId}. */
    TaskBuilder voiding(long eventId, String date) {
        return add(EventKind.CORRECTION, date, null, eventId, List.of());
    }

    /** The id the next event will get. */
    long nextId() {
        return events.size() + 1;
    }

    private TaskBuilder add(EventKind kind, String date, String rating, Long corrects, List<Long> recipients) {
        events.add(new TaskEvent(nextId(), TASK_ID, kind, LocalDate.parse(date), rating, null, corrects,
                corrects == null ? null : "Ghi nhầm", List.of(), recipients));
        return this;
    }

    Task build() {
        TaskFacts facts = new TaskFacts(TASK_ID, "ĐT.2031.01", "Nhiệm vụ thử", TaskKind.RESEARCH, TaskLevel.PROVINCIAL, null, 2031, null,
                null, null, 24, null, Unit.SCIENCE, null, 0);
        return new Task(facts, events);
    }
}
