package vn.gov.khcn.tasks;

import java.util.List;

/** Everything the task page and the API show about a task. */
public record TaskDetails(TaskFacts task, String hostName, List<EventView> events, List<Council> councils,
                          List<BudgetAmendment> budget) {
    /** The latest budget amendment, or null. */
    public BudgetAmendment currentBudget() {
        return budget.isEmpty() ? null : budget.get(budget.size() - 1);
    }

    public String statusLabel() {
        return EventKind.statusLabel(task.status());
    }
}
