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
import vn.gov.khcn.technology.CollectiveMark;
import vn.gov.khcn.technology.Initiative;
import vn.gov.khcn.technology.InitiativeCommand;
import vn.gov.khcn.technology.InitiativeRound;
import vn.gov.khcn.technology.Initiatives;
import vn.gov.khcn.technology.InnovationPlan;
import vn.gov.khcn.technology.InnovationPlanCommand;
import vn.gov.khcn.technology.IpProposal;
import vn.gov.khcn.technology.IpProposalCommand;
import vn.gov.khcn.technology.IpSupportCase;
import vn.gov.khcn.technology.IpSupportCommand;
import vn.gov.khcn.technology.MarkCommand;
import vn.gov.khcn.technology.RoundCommand;
import vn.gov.khcn.technology.Technology;

@RestController
@RequestMapping("/api/technology")
@Tag(name = "Công nghệ và SHTT", description = "Ý kiến công nghệ, hỗ trợ SHTT, nhãn hiệu, sáng kiến, đề xuất, kế hoạch")
class TechnologyApi {
    private final Technology technology;
    private final Initiatives initiatives;

    TechnologyApi(Technology technology, Initiatives initiatives) {
        this.technology = technology;
        this.initiatives = initiatives;
    }

    @GetMapping("/appraisals")
    PageResult<Appraisal> appraisals(@RequestParam(required = false) String q, @RequestParam(required = false) Integer year,
                                     @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        return technology.appraisals(q, year, Math.max(page, 0), PageResult.clampSize(size));
    }

    @GetMapping("/appraisals/{id}")
    Appraisal appraisal(@PathVariable long id) {
        return technology.appraisal(id);
    }

    @PostMapping("/appraisals")
    @ResponseStatus(HttpStatus.CREATED)
    Appraisal createAppraisal(@RequestBody AppraisalCommand c) {
        return technology.createAppraisal(c);
    }

    @PutMapping("/appraisals/{id}")
    Appraisal updateAppraisal(@PathVariable long id, @RequestBody AppraisalCommand c) {
        return technology.updateAppraisal(id, c);
    }

    @GetMapping("/support-cases")
    PageResult<IpSupportCase> supportCases(@RequestParam(required = false) String q, @RequestParam(required = false) Integer year,
                                           @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        return technology.supportCases(q, year, Math.max(page, 0), PageResult.clampSize(size));
    }

    @GetMapping("/support-cases/{id}")
    IpSupportCase supportCase(@PathVariable long id) {
        return technology.supportCase(id);
    }

    @PostMapping("/support-cases")
    @ResponseStatus(HttpStatus.CREATED)
    IpSupportCase createSupportCase(@RequestBody IpSupportCommand c) {
        return technology.createSupportCase(c);
    }

    @PutMapping("/support-cases/{id}")
    IpSupportCase updateSupportCase(@PathVariable long id, @RequestBody IpSupportCommand c) {
        return technology.updateSupportCase(id, c);
    }

    @GetMapping("/marks")
    PageResult<CollectiveMark> marks(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(required = false) Integer size) {
        return technology.marks(q, Math.max(page, 0), PageResult.clampSize(size));
    }

    @GetMapping("/marks/{id}")
    CollectiveMark mark(@PathVariable long id) {
        return technology.mark(id);
    }

    @PostMapping("/marks")
    @ResponseStatus(HttpStatus.CREATED)
    CollectiveMark createMark(@RequestBody MarkCommand c) {
        return technology.createMark(c);
    }

    @PutMapping("/marks/{id}")
    CollectiveMark updateMark(@PathVariable long id, @RequestBody MarkCommand c) {
        return technology.updateMark(id, c);
    }

    @GetMapping("/proposals")
    PageResult<IpProposal> proposals(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(required = false) Integer size) {
        return technology.proposals(year, Math.max(page, 0), PageResult.clampSize(size));
    }

    @GetMapping("/proposals/{id}")
    IpProposal proposal(@PathVariable long id) {
        return technology.proposal(id);
    }

    @PostMapping("/proposals")
    @ResponseStatus(HttpStatus.CREATED)
    IpProposal createProposal(@RequestBody IpProposalCommand c) {
        return technology.createProposal(c);
    }

    @PutMapping("/proposals/{id}")
    IpProposal updateProposal(@PathVariable long id, @RequestBody IpProposalCommand c) {
        return technology.updateProposal(id, c);
    }

    @GetMapping("/plans")
    PageResult<InnovationPlan> plans(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(required = false) Integer size) {
        return technology.plans(year, Math.max(page, 0), PageResult.clampSize(size));
    }

    @GetMapping("/plans/{id}")
    InnovationPlan plan(@PathVariable long id) {
        return technology.plan(id);
    }

    @PostMapping("/plans")
    @ResponseStatus(HttpStatus.CREATED)
    InnovationPlan createPlan(@RequestBody InnovationPlanCommand c) {
        return technology.createPlan(c);
    }

    @PutMapping("/plans/{id}")
    InnovationPlan updatePlan(@PathVariable long id, @RequestBody InnovationPlanCommand c) {
        return technology.updatePlan(id, c);
    }

    record RoundView(InitiativeRound round, List<Initiative> initiatives) {
    }

    @GetMapping("/rounds")
    List<InitiativeRound> rounds(@RequestParam(required = false) Integer year) {
        return initiatives.rounds(year);
    }

    @GetMapping("/rounds/{id}")
    RoundView round(@PathVariable long id) {
        return new RoundView(initiatives.round(id), initiatives.initiatives(id));
    }

    @PostMapping("/rounds")
    @ResponseStatus(HttpStatus.CREATED)
    InitiativeRound createRound(@RequestBody RoundCommand c) {
        return initiatives.createRound(c);
    }

    @PutMapping("/rounds/{id}")
    InitiativeRound updateRound(@PathVariable long id, @RequestBody RoundCommand c) {
        return initiatives.updateRound(id, c);
    }

    @PostMapping("/initiatives")
    @ResponseStatus(HttpStatus.CREATED)
    Initiative addInitiative(@RequestBody InitiativeCommand c) {
        return initiatives.addInitiative(c);
    }

    @PutMapping("/initiatives/{id}")
    Initiative updateInitiative(@PathVariable long id, @RequestBody InitiativeCommand c) {
        return initiatives.updateInitiative(id, c);
    }
}
