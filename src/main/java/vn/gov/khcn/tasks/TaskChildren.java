package vn.gov.khcn.tasks;

import java.util.function.LongFunction;
import vn.gov.khcn.records.Register;
import vn.gov.khcn.shared.Unit;

/**
 * What the writers of a task's children (events, councils, budget amendments) share: the task they belong to is
 * checked for access and then held (a row lock until the transaction ends) before a child is added, and a child
 * is owned by its task's unit.
 */
record TaskChildren(Register<TaskFacts> tasks, LongFunction<TaskFacts> facts) {
    /** The task, checked for access and then held until the transaction ends. */
    TaskFacts hold(long taskId) {
        tasks.requireEdit(facts.apply(taskId).unit());
        return tasks.hold(taskId);
    }

    /** The unit that keeps the task's records. */
    Unit owner(long taskId) {
        return facts.apply(taskId).unit();
    }
}
