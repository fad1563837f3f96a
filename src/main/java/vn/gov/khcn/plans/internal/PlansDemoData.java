package vn.gov.khcn.plans.internal;

import org.springframework.stereotype.Component;
import vn.gov.khcn.plans.PlanCommand;
import vn.gov.khcn.plans.Plans;
import vn.gov.khcn.shared.DemoDataContributor;

/**
 * The next year's plans the office enters in December: two figures of 2022. The demo's reports are of 2021, which has
 * no plan, so they print and check as before.
 */
@org.springframework.core.annotation.Order(950)
@Component
record PlansDemoData(Plans plans) implements DemoDataContributor {
    @Override
    public void load() {
        plans.record(PlanCommand.of(2022, "tasks.accepted", null, 12L, "Nhiệm vụ đến hạn nghiệm thu trong năm", "Kế hoạch KH&CN năm 2022 (dự kiến)"));
        plans.record(PlanCommand.of(2022, "inspection.campaigns", null, 6L, null, "Kế hoạch thanh tra năm 2022 (dự kiến)"));
    }
}
