package vn.gov.khcn.plans.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.khcn.plans.PlanCommand;
import vn.gov.khcn.plans.PlanQuery;
import vn.gov.khcn.plans.PlanTarget;
import vn.gov.khcn.plans.Plans;
import vn.gov.khcn.shared.PageResult;

@RestController
@RequestMapping("/api/plans")
@Tag(name = "Kế hoạch năm", description = "Chỉ tiêu kế hoạch giao theo năm, theo mã chỉ tiêu của danh mục")
class PlanApi {
    private final Plans plans;

    PlanApi(Plans plans) {
        this.plans = plans;
    }

    @GetMapping
    PageResult<PlanTarget> search(PlanQuery query, @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        return plans.search(query, Math.max(page, 0), PageResult.clampSize(size));
    }

    @GetMapping("/{id}")
    PlanTarget get(@PathVariable long id) {
        return plans.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PlanTarget create(@RequestBody PlanCommand c) {
        return plans.record(c);
    }

    @PutMapping("/{id}")
    PlanTarget update(@PathVariable long id, @RequestBody PlanCommand c) {
        return plans.correct(id, c);
    }
}
