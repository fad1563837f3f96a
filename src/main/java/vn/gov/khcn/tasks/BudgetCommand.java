package vn.gov.khcn.tasks;

import java.time.LocalDate;

/** A budget amendment: from that day the task's budget is these amounts (VND), per the document cited. */
public record BudgetCommand(LocalDate amendedOn, Long stateBudget, Long otherSources, Long documentId, String note, String reason) {
}
