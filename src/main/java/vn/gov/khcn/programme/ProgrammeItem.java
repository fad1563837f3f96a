package vn.gov.khcn.programme;

import java.time.LocalDate;
import java.util.List;
import vn.gov.khcn.documents.DocumentRef;
import vn.gov.khcn.shared.Unit;

/** An item of the programme assigned to the department, with its status, outcome and outcome documents. */
public record ProgrammeItem(long id, long programmeId, String month, String title, LocalDate deadline, ItemStatus status,
                           String outcome, Unit unit, int version, List<DocumentRef> documents) {

    /** The status as of a day: past its deadline and not done, the item is overdue. */
    public ItemStatus statusOn(LocalDate day) {
        return status != ItemStatus.DONE && deadline.isBefore(day) ? ItemStatus.OVERDUE : status;
    }

    /**
     * The date reports count it by: the first day of its programme's month (a report counts the items of the
     * programme of its closing month, by their status then).
     */
    public List<LocalDate> reportDates() {
        return List.of(java.time.YearMonth.parse(month).atDay(1));
    }

    public boolean overdueOn(LocalDate day) {
        return statusOn(day) == ItemStatus.OVERDUE;
    }
}
