package vn.gov.khcn.quality;

import java.time.Clock;
import java.time.LocalDate;

/**
 * What the ISO page shows: the plan of checks of {@code year} and the checks made for it (null: the current year).
 * The page and the exports of its plan and of its checks bind it from the same query parameters.
 */
public record IsoQuery(Integer year) {
    /** The plan year shown: the one chosen, or the current one. */
    public int planYear(Clock clock) {
        return year == null ? LocalDate.now(clock).getYear() : year;
    }
}
