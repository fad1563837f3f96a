package vn.gov.khcn.technology.web;

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
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.technology.Appraisal;
import vn.gov.khcn.technology.AppraisalCommand;
import vn.gov.khcn.technology.AppraisalQuery;
import vn.gov.khcn.technology.Appraisals;
import vn.gov.khcn.technology.CollectiveMark;
import vn.gov.khcn.technology.CollectiveMarkCommand;
import vn.gov.khcn.technology.CollectiveMarkQuery;
import vn.gov.khcn.technology.CollectiveMarks;
import vn.gov.khcn.technology.Initiative;
import vn.gov.khcn.technology.InitiativeCommand;
import vn.gov.khcn.technology.InitiativeRound;
import vn.gov.khcn.technology.InitiativeRounds;
import vn.gov.khcn.technology.InnovationPlan;
import vn.gov.khcn.technology.InnovationPlanCommand;
import vn.gov.khcn.technology.InnovationPlanQuery;
import vn.gov.khcn.technology.InnovationPlans;
import vn.gov.khcn.technology.IpProposal;
import vn.gov.khcn.technology.IpProposalCommand;
import vn.gov.khcn.technology.IpProposalQuery;
import vn.gov.khcn.technology.IpProposals;
import vn.gov.khcn.technology.IpSupportCase;
import vn.gov.khcn.technology.IpSupportCaseCommand;
import vn.gov.khcn.technology.IpSupportCaseQuery;
import vn.gov.khcn.technology.IpSupportCases;
import vn.gov.khcn.technology.RoundCommand;
import vn.gov.khcn.technology.RoundQuery;

/**
 * Phòng QLCN&SHTT's registers over HTTP: each list searched by its query, a record read by id (with its version as
 * ETag), added, and corrected with the version it was read at (in the body or as If-Match).
 */
@RestController
@RequestMapping("/api/technology")
@Tag(name = "Công nghệ và SHTT", description = "Ý kiến công nghệ, hỗ trợ SHTT, nhãn hiệu, sáng kiến, đề xuất, kế hoạch")
class TechnologyApi {
    private final Appraisals appraisals;
    private final IpSupportCases supportCases;
    private final CollectiveMarks marks;
    private final IpProposals proposals;
    private final InnovationPlans plans;
    private final InitiativeRounds rounds;

    TechnologyApi(Appraisals appraisals, IpSupportCases supportCases, CollectiveMarks marks,
                  IpProposals proposals, InnovationPlans plans, InitiativeRounds rounds) {
        this.appraisals = appraisals;
        this.supportCases = supportCases;
        this.marks = marks;
        this.proposals = proposals;
        this.plans = plans;
        this.rounds = rounds;
    }

    @GetMapping("/appraisals")
    PageResult<Appraisal> appraisals(AppraisalQuery query, @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(required = false) Integer size) {
        return appraisals.search(query, Math.max(page, 0), PageResult.clampSize(size));
    }

    @GetMapping("/appraisals/{id}")
    Appraisal getAppraisal(@PathVariable long id) {
        return appraisals.get(id);
    }

    @PostMapping("/appraisals")
    @ResponseStatus(HttpStatus.CREATED)
    Appraisal recordAppraisal(@RequestBody AppraisalCommand c) {
        return appraisals.record(c);
    }

    @PutMapping("/appraisals/{id}")
    Appraisal correctAppraisal(@PathVariable long id, @RequestBody AppraisalCommand c) {
        return appraisals.correct(id, c);
    }

    @GetMapping("/support-cases")
    PageResult<IpSupportCase> supportCases(IpSupportCaseQuery query, @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(required = false) Integer size) {
        return supportCases.search(query, Math.max(page, 0), PageResult.clampSize(size));
    }

    @GetMapping("/support-cases/{id}")
    IpSupportCase getSupportCase(@PathVariable long id) {
        return supportCases.get(id);
    }

    @PostMapping("/support-cases")
    @ResponseStatus(HttpStatus.CREATED)
    IpSupportCase recordSupportCase(@RequestBody IpSupportCaseCommand c) {
        return supportCases.record(c);
    }

    @PutMapping("/support-cases/{id}")
    IpSupportCase correctSupportCase(@PathVariable long id, @RequestBody IpSupportCaseCommand c) {
        return supportCases.correct(id, c);
    }

    @GetMapping("/marks")
    PageResult<CollectiveMark> marks(CollectiveMarkQuery query, @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(required = false) Integer size) {
        return marks.search(query, Math.max(page, 0), PageResult.clampSize(size));
    }

    @GetMapping("/marks/{id}")
    CollectiveMark getMark(@PathVariable long id) {
        return marks.get(id);
    }

    @PostMapping("/marks")
    @ResponseStatus(HttpStatus.CREATED)
    CollectiveMark recordMark(@RequestBody CollectiveMarkCommand c) {
        return marks.record(c);
    }

    @PutMapping("/marks/{id}")
    CollectiveMark correctMark(@PathVariable long id, @RequestBody CollectiveMarkCommand c) {
        return marks.correct(id, c);
    }

    @GetMapping("/proposals")
    PageResult<IpProposal> proposals(IpProposalQuery query, @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(required = false) Integer size) {
        return proposals.search(query, Math.max(page, 0), PageResult.clampSize(size));
    }

    @GetMapping("/proposals/{id}")
    IpProposal getProposal(@PathVariable long id) {
        return proposals.get(id);
    }

    @PostMapping("/proposals")
    @ResponseStatus(HttpStatus.CREATED)
    IpProposal recordProposal(@RequestBody IpProposalCommand c) {
        return proposals.record(c);
    }

    @PutMapping("/proposals/{id}")
    IpProposal correctProposal(@PathVariable long id, @RequestBody IpProposalCommand c) {
        return proposals.correct(id, c);
    }

    @GetMapping("/plans")
    PageResult<InnovationPlan> plans(InnovationPlanQuery query, @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(required = false) Integer size) {
        return plans.search(query, Math.max(page, 0), PageResult.clampSize(size));
    }

    @GetMapping("/plans/{id}")
    InnovationPlan getPlan(@PathVariable long id) {
        return plans.get(id);
    }

    @PostMapping("/plans")
    @ResponseStatus(HttpStatus.CREATED)
    InnovationPlan recordPlan(@RequestBody InnovationPlanCommand c) {
        return plans.record(c);
    }

    @PutMapping("/plans/{id}")
    InnovationPlan correctPlan(@PathVariable long id, @RequestBody InnovationPlanCommand c) {
        return plans.correct(id, c);
    }

    /** A round with the initiatives it recognises. */
    record RoundView(InitiativeRound round, List<Initiative> initiatives) {
    }

    @GetMapping("/rounds")
    List<InitiativeRound> rounds(RoundQuery query) {
        return rounds.search(query);
    }

    @GetMapping("/rounds/{id}")
    RoundView round(@PathVariable long id) {
        return new RoundView(rounds.get(id), rounds.initiatives(id));
    }

    @PostMapping("/rounds")
    @ResponseStatus(HttpStatus.CREATED)
    InitiativeRound recordRound(@RequestBody RoundCommand c) {
        return rounds.record(c);
    }

    @PutMapping("/rounds/{id}")
    InitiativeRound correctRound(@PathVariable long id, @RequestBody RoundCommand c) {
        return rounds.correct(id, c);
    }

    @PostMapping("/initiatives")
    @ResponseStatus(HttpStatus.CREATED)
    Initiative recordInitiative(@RequestBody InitiativeCommand c) {
        return rounds.recordInitiative(c);
    }

    @PutMapping("/initiatives/{id}")
    Initiative correctInitiative(@PathVariable long id, @RequestBody InitiativeCommand c) {
        return rounds.correctInitiative(id, c);
    }
}
