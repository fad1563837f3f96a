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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.khcn.quality.AwardDossier;
import vn.gov.khcn.quality.AwardDossierCommand;
import vn.gov.khcn.quality.Guidance;
import vn.gov.khcn.quality.GuidanceCommand;
import vn.gov.khcn.quality.IsoCheck;
import vn.gov.khcn.quality.IsoCheckCommand;
import vn.gov.khcn.quality.IsoChecks;
import vn.gov.khcn.quality.IsoPlanEntry;
import vn.gov.khcn.quality.Quality;
import vn.gov.khcn.quality.Survey;
import vn.gov.khcn.quality.SurveyCommand;

@RestController
@RequestMapping("/api/quality")
@Tag(name = "Tiêu chuẩn đo lường chất lượng", description = "Khảo sát chất lượng, ISO 9001 trong cơ quan nhà nước, giải thưởng chất lượng, hướng dẫn doanh nghiệp")
class QualityApi {
    private final Quality quality;
    private final IsoChecks iso;

    QualityApi(Quality quality, IsoChecks iso) {
        this.quality = quality;
        this.iso = iso;
    }

    record PlanRequest(Integer year, Long agencyId) {
    }

    @GetMapping("/surveys")
    List<Survey> surveys(@RequestParam(required = false) Integer year) {
        return quality.surveys(year);
    }

    @GetMapping("/surveys/{id}")
    Survey survey(@PathVariable long id) {
        return quality.survey(id);
    }

    @PostMapping("/surveys")
    @ResponseStatus(HttpStatus.CREATED)
    Survey createSurvey(@RequestBody SurveyCommand cmd) {
        return quality.recordSurvey(cmd);
    }

    @PutMapping("/surveys/{id}")
    Survey updateSurvey(@PathVariable long id, @RequestBody SurveyCommand cmd) {
        return quality.correctSurvey(id, cmd);
    }

    @GetMapping("/iso/plan")
    List<IsoPlanEntry> plan(@RequestParam int year) {
        return iso.plan(year);
    }

    @PostMapping("/iso/plan")
    @ResponseStatus(HttpStatus.CREATED)
    IsoPlanEntry addToPlan(@RequestBody PlanRequest r) {
        if (r.year() == null) {
            throw new vn.gov.khcn.shared.DomainException("year", "Cần nhập năm kế hoạch.");
        }
        return iso.addToPlan(r.year(), r.agencyId());
    }

    @GetMapping("/iso/checks")
    List<IsoCheck> checks(@RequestParam(required = false) Integer year) {
        return iso.checks(year);
    }

    @GetMapping("/iso/checks/{id}")
    IsoCheck check(@PathVariable long id) {
        return iso.check(id);
    }

    @PostMapping("/iso/checks")
    @ResponseStatus(HttpStatus.CREATED)
    IsoCheck createCheck(@RequestBody IsoCheckCommand cmd) {
        return iso.record(cmd);
    }

    @PutMapping("/iso/checks/{id}")
    IsoCheck updateCheck(@PathVariable long id, @RequestBody IsoCheckCommand cmd) {
        return iso.correct(id, cmd);
    }

    @GetMapping("/awards")
    List<AwardDossier> awards() {
        return quality.awardDossiers();
    }

    @GetMapping("/awards/{id}")
    AwardDossier award(@PathVariable long id) {
        return quality.awardDossier(id);
    }

    @PostMapping("/awards")
    @ResponseStatus(HttpStatus.CREATED)
    AwardDossier createAward(@RequestBody AwardDossierCommand cmd) {
        return quality.recordAwardDossier(cmd);
    }

    @PutMapping("/awards/{id}")
    AwardDossier updateAward(@PathVariable long id, @RequestBody AwardDossierCommand cmd) {
        return quality.correctAwardDossier(id, cmd);
    }

    @PutMapping("/guidance/{id}")
    Guidance updateGuidance(@PathVariable long id, @RequestBody GuidanceCommand cmd) {
        return quality.correctGuidance(id, cmd);
    }

    @GetMapping("/guidance")
    List<Guidance> guidance(@RequestParam(required = false) Integer year) {
        return quality.guidance(year);
    }

    @GetMapping("/guidance/{id}")
    Guidance guidanceItem(@PathVariable long id) {
        return quality.guidanceItem(id);
    }

    @PostMapping("/guidance")
    @ResponseStatus(HttpStatus.CREATED)
    Guidance createGuidance(@RequestBody GuidanceCommand cmd) {
        return quality.recordGuidance(cmd);
    }
}
