package vn.gov.khcn.investment;

import java.time.LocalDate;
import vn.gov.khcn.shared.Unit;

/** Amounts in VND; endOn stays empty while the project runs. */
public record ProjectCommand(String name, Long totalInvestment, LocalDate startOn, LocalDate endOn, String progressNotes, Unit unit,
                             Integer version) {
}
