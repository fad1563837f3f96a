package vn.gov.khcn.tasks.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.shared.DueItem;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.ShortDueList;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.tasks.Tasks;

/** S&T tasks under execution whose contract ends within the horizon or has ended without acceptance. */
@Component
class ContractsDue extends ShortDueList {
    static final String KIND = "contracts";
    private final Tasks tasks;

    ContractsDue(Tasks tasks) {
        super(KIND, "Nhiệm vụ KH&CN hết hạn hợp đồng chưa nghiệm thu");
        this.tasks = tasks;
    }

    @Override
    protected List<DueItem> all(Unit unit, LocalDate today) {
        return tasks.contractsEndingBy(today.plusDays(HORIZON_DAYS)).stream().filter(c -> unit == null || c.unit() == unit)
                .map(c -> new DueItem(KIND, c.unit(), c.code() + " — " + c.title(), "Hợp đồng ngày " + Formats.date(c.contractedOn())
                        + ", " + c.durationMonths() + " tháng" + (c.extended() ? "; đã gia hạn" : ""), c.endsOn(), "/tasks/" + c.taskId()))
                .toList();
    }
}
