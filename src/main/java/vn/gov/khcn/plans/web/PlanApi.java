package vn.gov.khcn.plans.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.khcn.plans.PlanCommand;
import vn.gov.khcn.plans.PlanQuery;
import vn.gov.khcn.plans.PlanTarget;
import vn.gov.khcn.plans.Plans;
import vn.gov.khcn.shared.web.RecordApi;

@RestController
@RequestMapping("/api/plans")
@Tag(name = "Kế hoạch năm", description = "Chỉ tiêu kế hoạch giao theo năm, theo mã chỉ tiêu của danh mục")
class PlanApi extends RecordApi<PlanTarget, PlanTarget, PlanCommand, PlanQuery> {
    PlanApi(Plans plans) {
        super(plans::search, plans::get, plans::record, plans::correct);
    }
}
