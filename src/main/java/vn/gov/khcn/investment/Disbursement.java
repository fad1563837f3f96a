package vn.gov.khcn.investment;

import java.time.LocalDate;
import vn.gov.khcn.shared.Unit;

/** An amount (VND) disbursed to a project on a day; {@code unit}: the unit that follows the project. */
public record Disbursement(long id, long projectId, LocalDate paidOn, long amount, String note, Unit unit) {
}
