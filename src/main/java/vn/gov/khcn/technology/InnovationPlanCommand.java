package vn.gov.khcn.technology;

import java.time.LocalDate;

/**
 * An innovation or start-up plan as a form or the API sends it: its title, date and the document that sets it out.
 * {@code version}: the version read, required to correct a saved plan.
 */
public record InnovationPlanCommand(String title, LocalDate datedOn, Long documentId, Integer version) {
    /** A new plan. */
    public static InnovationPlanCommand of(String title, LocalDate datedOn, Long documentId) {
        return new InnovationPlanCommand(title, datedOn, documentId, null);
    }
}
