package vn.gov.khcn.tasks.internal;

import org.springframework.stereotype.Component;
import vn.gov.khcn.shared.DueItem;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.RegisterDueList;
import vn.gov.khcn.tasks.ContractEnd;
import vn.gov.khcn.tasks.Tasks;

/** S&T tasks under execution whose contract ends within the horizon or has ended without acceptance. */
@Component
class ContractsDue extends RegisterDueList<ContractEnd> {
    static final String KIND = "contracts";

    ContractsDue(Tasks tasks) {
        super(KIND, "Nhiệm vụ KH&CN hết hạn hợp đồng chưa nghiệm thu", today -> tasks.contractsEndingBy(today.plusDays(HORIZON_DAYS)),
                ContractEnd::unit, (c, today) -> new DueItem(KIND, c.unit(), c.code() + " — " + c.title(), "Hợp đồng ngày "
                        + Formats.date(c.contractedOn()) + ", " + c.durationMonths() + " tháng" + (c.extended() ? "; đã gia hạn" : ""),
                        c.endsOn(), "/tasks/" + c.taskId()));
    }
}
