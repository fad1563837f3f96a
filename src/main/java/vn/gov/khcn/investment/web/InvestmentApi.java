package vn.gov.khcn.investment.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
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
import vn.gov.khcn.investment.Disbursement;
import vn.gov.khcn.investment.DisbursementCommand;
import vn.gov.khcn.investment.InvestmentProject;
import vn.gov.khcn.investment.InvestmentProjects;
import vn.gov.khcn.investment.ProjectCommand;
import vn.gov.khcn.shared.PageResult;

@RestController
@RequestMapping("/api/investment")
@Tag(name = "Đầu tư công", description = "Dự án đầu tư công trong lĩnh vực KH&CN và giải ngân")
class InvestmentApi {
    private final InvestmentProjects projects;

    InvestmentApi(InvestmentProjects projects) {
        this.projects = projects;
    }

    record ProjectView(InvestmentProject project, List<Disbursement> disbursements) {
    }

    @GetMapping
    PageResult<InvestmentProject> search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean active,
                                         @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        return projects.search(q, active, Math.max(page, 0), PageResult.clampSize(size));
    }

    @GetMapping("/{id}")
    ProjectView get(@PathVariable long id) {
        return new ProjectView(projects.get(id), projects.disbursements(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    InvestmentProject create(@RequestBody ProjectCommand c) {
        return projects.create(c);
    }

    @PutMapping("/{id}")
    InvestmentProject update(@PathVariable long id, @RequestBody ProjectCommand c) {
        return projects.update(id, c);
    }

    @PostMapping("/{id}/disbursements")
    @ResponseStatus(HttpStatus.CREATED)
    InvestmentProject disburse(@PathVariable long id, @RequestBody DisbursementCommand c) {
        return projects.disburse(id, c);
    }
}
