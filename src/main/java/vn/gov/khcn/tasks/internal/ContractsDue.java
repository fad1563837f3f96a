package vn.gov.khcn.tasks.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.shared.DueItem;
import vn.gov.khcn.shared.DueItems;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.tasks.Tasks;

/** S&T tasks under execution whose contract ends within the horizon or has ended without acceptance. */
@Component
class ContractsDue implements DueItems {
    static final String KIND = "contracts";
    private final Tasks tasks;

    ContractsDue(Tasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String label() {
        return "Nhiệm vụ KH&CN hết hạn hợp đồng chưa nghiệm thu";
    }

    @Override
    public long count(Unit unit, LocalDate today) {
        return all(unit, today).size();
    }

    @Override
    public List<DueItem> items(Unit unit, LocalDate today, int offset, int limit) {
        return DueItems.slice(all(unit, today), offset, limit);
    }

    private List<DueItem> all(Unit unit, LocalDate today) {
        return tasks.contractsEndingBy(today.plusDays(HORIZON_DAYS)).stream().filter(c -> unit == null || c.unit() == unit)
                .map(c -> new DueItem(KIND, c.unit(), c.code() + " — " + c.title(), "Hợp đồng ngày " + Formats.date(c.contractedOn())
                        + ", " + c.durationMonths() + " tháng" + (c.extended() ? "; đã gia hạn" : ""), c.endsOn(), "/tasks/" + c.taskId()))
                .toList();
    }
}
