package vn.gov.khcn.technology.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.khcn.shared.web.RecordApi;
import vn.gov.khcn.shared.web.RecordListApi;
import vn.gov.khcn.shared.web.RecordOperations;
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
 * Phòng QLCN&SHTT's registers over HTTP, one {@link RecordApi} each under /api/technology: each list searched by its
 * query, a record read by id (with its version as ETag), added, and corrected with the version it was read at (in
 * the body or as If-Match); the initiative rounds are listed whole, a round read with its initiatives, which are
 * added and corrected here.
 */
@RestController
@RequestMapping("/api/technology")
@Tag(name = TechnologyApi.TAG, description = TechnologyApi.ABOUT)
class TechnologyApi {
    static final String TAG = "Công nghệ và SHTT";
    static final String ABOUT = "Ý kiến công nghệ, hỗ trợ SHTT, nhãn hiệu, sáng kiến, đề xuất, kế hoạch";
    private final InitiativeRounds rounds;

    TechnologyApi(InitiativeRounds rounds) {
        this.rounds = rounds;
    }

    @RestController
    @RequestMapping("/api/technology/appraisals")
    @Tag(name = TAG, description = ABOUT)
    @RecordOperations(search = "appraisals", get = "getAppraisal", create = "recordAppraisal", update = "correctAppraisal")
    static class AppraisalApi extends RecordApi<Appraisal, Appraisal, AppraisalCommand, AppraisalQuery> {
        AppraisalApi(Appraisals appraisals) {
            super(appraisals::search, appraisals::get, appraisals::record, appraisals::correct);
        }
    }

    @RestController
    @RequestMapping("/api/technology/support-cases")
    @Tag(name = TAG, description = ABOUT)
    @RecordOperations(search = "supportCases", get = "getSupportCase", create = "recordSupportCase", update = "correctSupportCase")
    static class SupportCaseApi extends RecordApi<IpSupportCase, IpSupportCase, IpSupportCaseCommand, IpSupportCaseQuery> {
        SupportCaseApi(IpSupportCases supportCases) {
            super(supportCases::search, supportCases::get, supportCases::record, supportCases::correct);
        }
    }

    @RestController
    @RequestMapping("/api/technology/marks")
    @Tag(name = TAG, description = ABOUT)
    @RecordOperations(search = "marks", get = "getMark", create = "recordMark", update = "correctMark")
    static class MarkApi extends RecordApi<CollectiveMark, CollectiveMark, CollectiveMarkCommand, CollectiveMarkQuery> {
        MarkApi(CollectiveMarks marks) {
            super(marks::search, marks::get, marks::record, marks::correct);
        }
    }

    @RestController
    @RequestMapping("/api/technology/proposals")
    @Tag(name = TAG, description = ABOUT)
    @RecordOperations(search = "proposals", get = "getProposal", create = "recordProposal", update = "correctProposal")
    static class ProposalApi extends RecordApi<IpProposal, IpProposal, IpProposalCommand, IpProposalQuery> {
        ProposalApi(IpProposals proposals) {
            super(proposals::search, proposals::get, proposals::record, proposals::correct);
        }
    }

    @RestController
    @RequestMapping("/api/technology/plans")
    @Tag(name = TAG, description = ABOUT)
    @RecordOperations(search = "plans", get = "getPlan", create = "recordPlan", update = "correctPlan")
    static class PlanApi extends RecordApi<InnovationPlan, InnovationPlan, InnovationPlanCommand, InnovationPlanQuery> {
        PlanApi(InnovationPlans plans) {
            super(plans::search, plans::get, plans::record, plans::correct);
        }
    }

    /** A round with the initiatives it recognises. */
    record RoundView(InitiativeRound round, List<Initiative> initiatives) {
    }

    @RestController
    @RequestMapping("/api/technology/rounds")
    @Tag(name = TAG, description = ABOUT)
    @RecordOperations(search = "rounds", get = "round", create = "recordRound", update = "correctRound")
    static class RoundApi extends RecordListApi<InitiativeRound, RoundView, RoundCommand, RoundQuery> {
        RoundApi(InitiativeRounds rounds) {
            super(rounds::search, id -> new RoundView(rounds.get(id), rounds.initiatives(id)), rounds::record, rounds::correct);
        }
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
