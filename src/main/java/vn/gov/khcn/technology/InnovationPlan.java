package vn.gov.khcn.technology;

import java.time.LocalDate;

/** An innovation or start-up plan, kept as the document that sets it out. */
public record InnovationPlan(long id, String title, LocalDate datedOn, Long documentId, int version) {
}
