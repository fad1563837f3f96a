package vn.gov.khcn.shared;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One thing of a register that falls due or is overdue: an instrument due for re-verification, a licence expiring,
 * a work-programme item past its deadline. {@code kind} is its {@link DueItems#kind()}, {@code href} the record's page.
 */
public record DueItem(String kind, Unit unit, String title, String detail, LocalDate dueOn, String href) {

    /** Days from {@code today} to the due date: negative when overdue. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueOn);
    }

    public boolean overdueOn(LocalDate today) {
        return dueOn.isBefore(today);
    }

    /** "còn 5 ngày", "đến hạn hôm nay", "quá hạn 12 ngày". */
    public String whenText(LocalDate today) {
        long d = daysLeft(today);
        return d > 0 ? "còn " + d + " ngày" : d == 0 ? "đến hạn hôm nay" : "quá hạn " + (-d) + " ngày";
    }
}
