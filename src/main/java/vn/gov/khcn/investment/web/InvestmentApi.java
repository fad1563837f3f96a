package vn.gov.khcn.investment.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.khcn.investment.Disbursement;
import vn.gov.khcn.investment.DisbursementCommand;
import vn.gov.khcn.investment.InvestmentProject;
import vn.gov.khcn.investment.InvestmentProjects;
import vn.gov.khcn.investment.ProjectCommand;
import vn.gov.khcn.investment.ProjectQuery;
import vn.gov.khcn.shared.web.RecordApi;

@RestController
@RequestMapping("/api/investment")
@Tag(name = "Đầu tư công", description = "Dự án đầu tư công trong lĩnh vực KH&CN và giải ngân")
class InvestmentApi extends RecordApi<InvestmentProject, InvestmentApi.ProjectView, ProjectCommand, ProjectQuery> {
    private final InvestmentProjects projects;

    InvestmentApi(InvestmentProjects projects) {
        super(projects::search, id -> view(projects, id), projects::record, projects::correct);
        this.projects = projects;
    }

    /** A project with its disbursements; {@code version} is the project's (answered as its ETag). */
    public record ProjectView(InvestmentProject project, List<Disbursement> disbursements, int version) {
    }

    private static ProjectView view(InvestmentProjects projects, long id) {
        InvestmentProject p = projects.get(id);
        return new ProjectView(p, projects.disbursements(id), p.version());
    }

    @PostMapping("/{id}/disbursements")
    @ResponseStatus(HttpStatus.CREATED)
    InvestmentProject disburse(@PathVariable long id, @RequestBody DisbursementCommand c) {
        return projects.disburse(id, c);
    }
}
