package vn.gov.khcn.investment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.Unit;

/** A public investment project (dự án đầu tư công); disbursed is the sum of its dated disbursements. */
public record InvestmentProject(long id, String name, long totalInvestment, LocalDate startOn, LocalDate endOn,
                                String progressNotes, Unit unit, int version, long disbursed) {

    /**
     * The dates reports count it by: reports count the projects in progress during their period, so the days it
     * started and (once finished) ended.
     */
    public List<LocalDate> reportDates() {
        List<LocalDate> d = new ArrayList<>(List.of(startOn));
        if (endOn != null) {
            d.add(endOn);
        }
        return d;
    }

    /** What may still be disbursed. */
    public long undisbursed() {
        return totalInvestment - disbursed;
    }

    /** A disbursement of {@code amount} on {@code paidOn}: not before the start, and never beyond the total investment. */
    public void requireRoomFor(LocalDate paidOn, long amount) {
        if (paidOn.isBefore(startOn)) {
            throw new DomainException("paidOn", "Ngày giải ngân trước ngày khởi công dự án (" + Formats.date(startOn) + ").");
        }
        if (amount > undisbursed()) {
            throw new DomainException("amount", "Giải ngân vượt tổng mức đầu tư: đã giải ngân " + Formats.money(disbursed)
                    + ", tổng mức " + Formats.money(totalInvestment) + ".");
        }
    }

    /** A total investment of {@code total} for a project of which {@code disbursed} has been paid out: never less. */
    public static void requireCovers(long total, long disbursed) {
        if (total < disbursed) {
            throw new DomainException("totalInvestment", "Tổng mức đầu tư nhỏ hơn số đã giải ngân (" + Formats.money(disbursed) + ").");
        }
    }
}
