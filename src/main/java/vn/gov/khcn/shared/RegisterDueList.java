package vn.gov.khcn.shared;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A {@link ShortDueList} read from one register: the records due as of a day, those of a unit picked by their owner,
 * each shown as a {@link DueItem}. An area states only which records fall due and how one reads on the due page.
 */
public abstract class RegisterDueList<T> extends ShortDueList {
    private final Function<LocalDate, ? extends Collection<T>> due;
    private final Function<T, Unit> owner;
    private final BiFunction<T, LocalDate, DueItem> item;

    /**
     * @param due   the records due or overdue as of a day, soonest first
     * @param owner the unit a record belongs to
     * @param item  the record as a due item, as of a day
     */
    protected RegisterDueList(String kind, String label, Function<LocalDate, ? extends Collection<T>> due, Function<T, Unit> owner,
                              BiFunction<T, LocalDate, DueItem> item) {
        super(kind, label);
        this.due = due;
        this.owner = owner;
        this.item = item;
    }

    @Override
    protected final List<DueItem> all(Unit unit, LocalDate today) {
        return due.apply(today).stream().filter(r -> unit == null || owner.apply(r) == unit).map(r -> item.apply(r, today)).toList();
    }
}
