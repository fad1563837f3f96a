package vn.gov.khcn.programme.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.programme.ItemQuery;
import vn.gov.khcn.programme.WorkProgrammes;
import vn.gov.khcn.shared.DueItem;
import vn.gov.khcn.shared.ShortDueList;
import vn.gov.khcn.shared.Unit;

/** Items of the provincial work programme past their deadline and not done, by the unit assigned each. */
@Component
class ProgrammeItemsDue extends ShortDueList {
    static final String KIND = "programme";
    /** Far more than a province's programme ever assigns at once: the overdue list is read whole. */
    private static final int ALL = 10_000;
    private final WorkProgrammes programmes;

    ProgrammeItemsDue(WorkProgrammes programmes) {
        super(KIND, "Nhiệm vụ Chương trình công tác quá hạn");
        this.programmes = programmes;
    }

    @Override
    protected List<DueItem> all(Unit unit, LocalDate today) {
        return programmes.items(new ItemQuery(null, null, true), 0, ALL).items().stream()
                .filter(i -> unit == null || i.unit() == unit)
                .map(i -> new DueItem(KIND, i.unit(), i.title(), "Chương trình " + vn.gov.khcn.shared.Formats.monthWords(i.month()), i.deadline(), "/programme/items/" + i.id()))
                .sorted(SOONEST).toList();
    }
}
