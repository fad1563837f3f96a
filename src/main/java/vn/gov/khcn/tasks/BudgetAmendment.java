package vn.gov.khcn.tasks;

import java.time.LocalDate;
import vn.gov.khcn.documents.DocumentRef;

/** One dated budget of a task; the current budget is the latest. */
public record BudgetAmendment(long id, long taskId, LocalDate amendedOn, long stateBudget, long otherSources,
                              DocumentRef document, String note) {
    public long total() {
        return stateBudget + otherSources;
    }
}
