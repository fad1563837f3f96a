package vn.gov.khcn.investment;

import java.time.LocalDate;
import vn.gov.khcn.shared.Unit;

/** A public investment project (dự án đầu tư công); disbursed is the sum of its dated disbursements. */
public record InvestmentProject(long id, String name, long totalInvestment, LocalDate startOn, LocalDate endOn,
                                String progressNotes, Unit unit, int version, long disbursed) {
}
