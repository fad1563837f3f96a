package vn.gov.khcn.quality.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.khcn.quality.AwardDossier;
import vn.gov.khcn.quality.AwardDossierCommand;
import vn.gov.khcn.quality.AwardDossierQuery;
import vn.gov.khcn.quality.AwardDossiers;
import vn.gov.khcn.quality.BusinessGuidance;
import vn.gov.khcn.quality.Guidance;
import vn.gov.khcn.quality.GuidanceCommand;
import vn.gov.khcn.quality.GuidanceQuery;
import vn.gov.khcn.quality.IsoCheck;
import vn.gov.khcn.quality.IsoCheckCommand;
import vn.gov.khcn.quality.IsoChecks;
import vn.gov.khcn.quality.IsoPlan;
import vn.gov.khcn.quality.IsoPlanCommand;
import vn.gov.khcn.quality.IsoPlanEntry;
import vn.gov.khcn.quality.IsoQuery;
import vn.gov.khcn.quality.Survey;
import vn.gov.khcn.quality.SurveyCommand;
import vn.gov.khcn.quality.SurveyQuery;
import vn.gov.khcn.quality.Surveys;
import vn.gov.khcn.shared.web.RecordListApi;
import vn.gov.khcn.shared.web.RecordOperations;

/**
 * The quality registers over HTTP, one {@link RecordListApi} each under /api/quality (each list selected whole by its
 * query); the ISO plan of a year, listed and added to, is this class's own.
 */
@RestController
@RequestMapping("/api/quality")
@Tag(name = QualityApi.TAG, description = QualityApi.ABOUT)
class QualityApi {
    static final String TAG = "Tiêu chuẩn đo lường chất lượng";
    static final String ABOUT = "Khảo sát chất lượng, ISO 9001 trong cơ quan nhà nước, giải thưởng chất lượng, hướng dẫn doanh nghiệp";
    private final IsoPlan plan;

    QualityApi(IsoPlan plan) {
        this.plan = plan;
    }

    @GetMapping("/iso/plan")
    List<IsoPlanEntry> plan(IsoQuery query) {
        return plan.search(query);
    }

    @PostMapping("/iso/plan")
    @ResponseStatus(HttpStatus.CREATED)
    IsoPlanEntry addToPlan(@RequestBody IsoPlanCommand c) {
        return plan.record(c);
    }

    @RestController
    @RequestMapping("/api/quality/surveys")
    @Tag(name = TAG, description = ABOUT)
    @RecordOperations(search = "surveys", get = "survey", create = "recordSurvey", update = "correctSurvey")
    static class SurveyApi extends RecordListApi<Survey, Survey, SurveyCommand, SurveyQuery> {
        SurveyApi(Surveys surveys) {
            super(surveys::search, surveys::get, surveys::record, surveys::correct);
        }
    }

    @RestController
    @RequestMapping("/api/quality/iso/checks")
    @Tag(name = TAG, description = ABOUT)
    @RecordOperations(search = "checks", get = "check", create = "recordCheck", update = "correctCheck")
    static class IsoCheckApi extends RecordListApi<IsoCheck, IsoCheck, IsoCheckCommand, IsoQuery> {
        IsoCheckApi(IsoChecks checks) {
            super(checks::search, checks::get, checks::record, checks::correct);
        }
    }

    @RestController
    @RequestMapping("/api/quality/awards")
    @Tag(name = TAG, description = ABOUT)
    @RecordOperations(search = "awards", get = "award", create = "recordAward", update = "correctAward")
    static class AwardApi extends RecordListApi<AwardDossier, AwardDossier, AwardDossierCommand, AwardDossierQuery> {
        AwardApi(AwardDossiers dossiers) {
            super(dossiers::search, dossiers::get, dossiers::record, dossiers::correct);
        }
    }

    @RestController
    @RequestMapping("/api/quality/guidance")
    @Tag(name = TAG, description = ABOUT)
    @RecordOperations(search = "guidance", get = "guidanceItem", create = "recordGuidance", update = "correctGuidance")
    static class GuidanceApi extends RecordListApi<Guidance, Guidance, GuidanceCommand, GuidanceQuery> {
        GuidanceApi(BusinessGuidance guidance) {
            super(guidance::search, guidance::get, guidance::record, guidance::correct);
        }
    }
}
