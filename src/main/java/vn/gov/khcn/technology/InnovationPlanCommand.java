package vn.gov.khcn.technology;

import java.time.LocalDate;

public record InnovationPlanCommand(String title, LocalDate datedOn, Long documentId, Integer version) {
}
