package vn.gov.khcn.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * A register's {@link DueItems} whose due list is short enough to read whole (licences, programme items, tasks):
 * it gives the whole list, soonest first, of a unit (null: of every unit); counting and paging follow.
 */
public abstract class ShortDueList implements DueItems {
    private final String kind;
    private final String label;

    protected ShortDueList(String kind, String label) {
        this.kind = kind;
        this.label = label;
    }

    /** Every item due or overdue as of {@code today}, of {@code unit} (null: of every unit), soonest first. */
    protected abstract List<DueItem> all(Unit unit, LocalDate today);

    @Override
    public final String kind() {
        return kind;
    }

    @Override
    public final String label() {
        return label;
    }

    @Override
    public final long count(Unit unit, LocalDate today) {
        return all(unit, today).size();
    }

    @Override
    public final List<DueItem> items(Unit unit, LocalDate today, int offset, int limit) {
        return DueItems.slice(all(unit, today), offset, limit);
    }
}
