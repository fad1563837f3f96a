package vn.gov.khcn.plans.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.plans.Plans;
import vn.gov.khcn.reporting.PlanSource;
import vn.gov.khcn.reporting.PlanValue;

/** The year's plans as the reports read them. */
@Component
class PlanFigures implements PlanSource {
    private final Plans plans;

    PlanFigures(Plans plans) {
        this.plans = plans;
    }

    @Override
    public List<PlanValue> plans(int year) {
        return plans.ofYear(year).stream().map(p -> new PlanValue(p.planYear(), p.code(), p.part(), p.planned(), p.source())).toList();
    }
}
