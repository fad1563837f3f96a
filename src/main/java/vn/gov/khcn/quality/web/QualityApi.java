package vn.gov.khcn.quality.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
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

@RestController
@RequestMapping("/api/quality")
@Tag(name = "Tiêu chuẩn đo lường chất lượng", description = "Khảo sát chất lượng, ISO 9001 trong cơ quan nhà nước, giải thưởng chất lượng, hướng dẫn doanh nghiệp")
class QualityApi {
    private final Surveys surveys;
    private final IsoPlan plan;
    private final IsoChecks checks;
    private final AwardDossiers dossiers;
    private final BusinessGuidance guidance;

    QualityApi(Surveys surveys, IsoPlan plan, IsoChecks checks, AwardDossiers dossiers, BusinessGuidance guidance) {
        this.surveys = surveys;
        this.plan = plan;
        this.checks = checks;
        this.dossiers = dossiers;
        this.guidance = guidance;
    }

    @GetMapping("/surveys")
    List<Survey> surveys(SurveyQuery query) {
        return surveys.search(query);
    }

    @GetMapping("/surveys/{id}")
    Survey survey(@PathVariable long id) {
        return surveys.get(id);
    }

    @PostMapping("/surveys")
    @ResponseStatus(HttpStatus.CREATED)
    Survey recordSurvey(@RequestBody SurveyCommand c) {
        return surveys.record(c);
    }

    @PutMapping("/surveys/{id}")
    Survey correctSurvey(@PathVariable long id, @RequestBody SurveyCommand c) {
        return surveys.correct(id, c);
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

    @GetMapping("/iso/checks")
    List<IsoCheck> checks(IsoQuery query) {
        return checks.search(query);
    }

    @GetMapping("/iso/checks/{id}")
    IsoCheck check(@PathVariable long id) {
        return checks.get(id);
    }

    @PostMapping("/iso/checks")
    @ResponseStatus(HttpStatus.CREATED)
    IsoCheck recordCheck(@RequestBody IsoCheckCommand c) {
        return checks.record(c);
    }

    @PutMapping("/iso/checks/{id}")
    IsoCheck correctCheck(@PathVariable long id, @RequestBody IsoCheckCommand c) {
        return checks.correct(id, c);
    }

    @GetMapping("/awards")
    List<AwardDossier> awards(AwardDossierQuery query) {
        return dossiers.search(query);
    }

    @GetMapping("/awards/{id}")
    AwardDossier award(@PathVariable long id) {
        return dossiers.get(id);
    }

    @PostMapping("/awards")
    @ResponseStatus(HttpStatus.CREATED)
    AwardDossier recordAward(@RequestBody AwardDossierCommand c) {
        return dossiers.record(c);
    }

    @PutMapping("/awards/{id}")
    AwardDossier correctAward(@PathVariable long id, @RequestBody AwardDossierCommand c) {
        return dossiers.correct(id, c);
    }

    @GetMapping("/guidance")
    List<Guidance> guidance(GuidanceQuery query) {
        return guidance.search(query);
    }

    @GetMapping("/guidance/{id}")
    Guidance guidanceItem(@PathVariable long id) {
        return guidance.get(id);
    }

    @PostMapping("/guidance")
    @ResponseStatus(HttpStatus.CREATED)
    Guidance recordGuidance(@RequestBody GuidanceCommand c) {
        return guidance.record(c);
    }

    @PutMapping("/guidance/{id}")
    Guidance correctGuidance(@PathVariable long id, @RequestBody GuidanceCommand c) {
        return guidance.correct(id, c);
    }
}
