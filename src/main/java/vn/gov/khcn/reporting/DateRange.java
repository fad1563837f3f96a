package vn.gov.khcn.reporting;

import java.time.LocalDate;

/** A period P = [start, end], both days inclusive. */
public record DateRange(LocalDate start, LocalDate end) {
    public DateRange {
        if (start == null || end == null || end.isBefore(start)) {
            throw new IllegalArgumentException("bad period " + start + ".." + end);
        }
    }

    public boolean contains(LocalDate d) {
        return d != null && !d.isBefore(start) && !d.isAfter(end);
    }

    /** Y: the year of P.end. */
    public int year() {
        return end.getYear();
    }
}
