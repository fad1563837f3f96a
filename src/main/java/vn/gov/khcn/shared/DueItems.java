package vn.gov.khcn.shared;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What one register has falling due, for the home page's work queues and the due page. Each area that keeps dated
 * records contributes one (package-private, in its {@code internal}); the pages find them through
 * {@code List<DueItems>} and import no register.
 */
public interface DueItems {
    /** How far ahead a thing counts as falling due. */
    int HORIZON_DAYS = 30;

    /** Soonest first, then by title. */
    Comparator<DueItem> SOONEST = Comparator.comparing(DueItem::dueOn).thenComparing(DueItem::title);

    /** The key of the kind, as the due page filters by it ("instruments"). */
    String kind();

    /** The kind in Vietnamese, as a heading ("Phương tiện đo đến hạn kiểm định lại"). */
    String label();

    /** How many are due or overdue as of {@code today}, of {@code unit} (null: of every unit). */
    long count(Unit unit, LocalDate today);

    /** The due and overdue, soonest first: {@code limit} of them from {@code offset}. */
    List<DueItem> items(Unit unit, LocalDate today, int offset, int limit);

    /** A slice of a whole list held in memory, for registers whose due lists are short. */
    static List<DueItem> slice(List<DueItem> all, int offset, int limit) {
        int from = Math.min(Math.max(offset, 0), all.size());
        return all.subList(from, Math.min(all.size(), from + Math.max(limit, 0)));
    }
}
