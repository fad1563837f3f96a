package vn.gov.khcn.quality.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.gov.khcn.quality.IsoChecks;
import vn.gov.khcn.quality.IsoPlanEntry;
import vn.gov.khcn.shared.DueItem;
import vn.gov.khcn.shared.RegisterDueList;

/** Agencies in this year's ISO 9001:2015 check plan not yet checked: due by the end of the plan year. */
@Component
class IsoChecksDue extends RegisterDueList<IsoPlanEntry> {
    static final String KIND = "iso";

    IsoChecksDue(IsoChecks checks) {
        super(KIND, "Cơ quan trong kế hoạch kiểm tra ISO 9001:2015 chưa được kiểm tra", today -> checks.plannedNotChecked(today.getYear()),
                IsoPlanEntry::unit, (p, today) -> new DueItem(KIND, p.unit(), p.agencyName(), "Kế hoạch kiểm tra năm " + p.planYear(),
                        LocalDate.of(today.getYear(), 12, 31), "/quality/iso?year=" + p.planYear()));
    }
}
