package vn.gov.khcn.quality.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.quality.IsoChecks;
import vn.gov.khcn.shared.DueItem;
import vn.gov.khcn.shared.ShortDueList;
import vn.gov.khcn.shared.Unit;

/** Agencies in this year's ISO 9001:2015 check plan not yet checked: due by the end of the plan year. */
@Component
class IsoChecksDue extends ShortDueList {
    static final String KIND = "iso";
    private final IsoChecks checks;

    IsoChecksDue(IsoChecks checks) {
        super(KIND, "Cơ quan trong kế hoạch kiểm tra ISO 9001:2015 chưa được kiểm tra");
        this.checks = checks;
    }

    @Override
    protected List<DueItem> all(Unit unit, LocalDate today) {
        LocalDate yearEnd = LocalDate.of(today.getYear(), 12, 31);
        return checks.plannedNotChecked(today.getYear()).stream().filter(p -> unit == null || p.unit() == unit)
                .map(p -> new DueItem(KIND, p.unit(), p.agencyName(), "Kế hoạch kiểm tra năm " + p.planYear(), yearEnd,
                        "/quality/iso?year=" + p.planYear()))
                .toList();
    }
}
