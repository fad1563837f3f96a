package vn.gov.khcn.quality.web;

import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.Ui;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.khcn.identity.AccessPolicy;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.organisations.Organisation;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.quality.AwardDossier;
import vn.gov.khcn.quality.AwardDossierCommand;
import vn.gov.khcn.quality.Guidance;
import vn.gov.khcn.quality.GuidanceCommand;
import vn.gov.khcn.quality.IsoCheck;
import vn.gov.khcn.quality.IsoCheckCommand;
import vn.gov.khcn.quality.IsoChecks;
import vn.gov.khcn.quality.IsoResult;
import vn.gov.khcn.quality.Quality;
import vn.gov.khcn.quality.Survey;
import vn.gov.khcn.quality.SurveyCommand;
import vn.gov.khcn.shared.DomainException;

/** Pages of the TĐC registers: surveys, ISO plan and checks, award dossiers, guidance to businesses. */
@Controller
@RequestMapping("/quality")
class QualityPages {
    private final Quality quality;
    private final IsoChecks iso;
    private final Organisations organisations;
    private final Clock clock;

    QualityPages(Quality quality, IsoChecks iso, Organisations organisations, Clock clock) {
        this.quality = quality;
        this.iso = iso;
        this.organisations = organisations;
        this.clock = clock;
    }

    // --- surveys

    @GetMapping("/surveys")
    String surveys(@RequestParam(required = false) Integer year, Model model) {
        List<Map<String, Object>> rows = quality.surveys(year).stream().map(s -> Ui.row("/quality/surveys/" + s.id(),
                s.surveyedOn(), s.facilityName(), s.district(), s.products(), s.findings())).toList();
        return list(model, "Khảo sát chất lượng sản phẩm, hàng hóa", List.of("Ngày", "Cơ sở", "Huyện/TP", "Sản phẩm", "Kết quả"),
                rows, "/quality/surveys/new", "Thêm lần khảo sát", year, "quality-surveys");
    }

    @GetMapping("/surveys/new")
    String newSurvey(Model model) {
        return surveyForm(model, null, new SurveyCommand(null, null, null, null, null, null, null), null);
    }

    @GetMapping("/surveys/{id}")
    String survey(@PathVariable long id, Model model) {
        Survey s = quality.survey(id);
        return surveyForm(model, id, new SurveyCommand(s.facilityId(), s.products(), s.district(), s.surveyedOn(), s.findings(),
                s.version(), null), null);
    }

    @PostMapping("/surveys")
    String createSurvey(SurveyCommand cmd, Model model, RedirectAttributes ra) {
        try {
            Survey s = quality.recordSurvey(cmd);
            ra.addFlashAttribute("notice", "Đã vào sổ lần khảo sát tại " + s.facilityName() + ".");
            return "redirect:/quality/surveys";
        } catch (DomainException e) {
            return surveyForm(model, null, cmd, e);
        }
    }

    @PostMapping("/surveys/{id}")
    String updateSurvey(@PathVariable long id, SurveyCommand cmd, Model model, RedirectAttributes ra) {
        try {
            quality.correctSurvey(id, cmd);
            ra.addFlashAttribute("notice", "Đã lưu.");
            return "redirect:/quality/surveys/" + id;
        } catch (DomainException e) {
            return surveyForm(model, id, cmd, e);
        }
    }

    private String surveyForm(Model model, Long id, SurveyCommand c, DomainException e) {
        return form(model, id == null ? "Thêm lần khảo sát chất lượng" : "Lần khảo sát chất lượng",
                id == null ? "/quality/surveys" : "/quality/surveys/" + id, "/quality/surveys", e, List.of(
                        Ui.field("version", "", "hidden", c.version()),
                        Ui.orgSelect("facilityId", "Cơ sở được khảo sát", c.facilityId(), orgs(null, c.facilityId())),
                        Ui.field("products", "Sản phẩm, hàng hóa", "text", c.products()),
                        Ui.field("district", "Huyện/thành phố (để trống: theo cơ sở)", "text", c.district()),
                        Ui.field("surveyedOn", "Ngày khảo sát", "date", c.surveyedOn()),
                        Ui.field("findings", "Kết quả khảo sát", "textarea", c.findings()),
                        Ui.field("reason", id == null ? "" : "Lý do sửa (nếu kỳ báo cáo đã ban hành)", id == null ? "hidden" : "text", null)),
                id == null ? null : "quality-survey", id);
    }

    // --- ISO plan and checks

    @GetMapping("/iso")
    String isoPage(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        Map<Long, IsoCheck> checked = iso.checks(y).stream().collect(Collectors.toMap(IsoCheck::agencyId, c -> c, (a, b) -> a));
        List<Map<String, Object>> rows = iso.plan(y).stream().map(p -> {
            IsoCheck c = checked.get(p.agencyId());
            return Ui.row(c == null ? null : "/quality/iso/checks/" + c.id(), p.agencyName(),
                    c == null ? "Chưa kiểm tra" : c.checkedOn(), c == null ? "" : c.result().label());
        }).toList();
        list(model, "Kiểm tra áp dụng TCVN ISO 9001:2015 năm " + y + " theo kế hoạch", List.of("Cơ quan", "Ngày kiểm tra", "Kết quả"),
                rows, "/quality/iso/checks/new", "Vào sổ lần kiểm tra", y, "quality-iso");
        model.addAttribute("note", "Kế hoạch năm " + y + ": " + rows.size() + " cơ quan; đã kiểm tra " + checked.size() + ".");
        model.addAttribute("actions", List.of(Ui.action("/quality/iso/checks/new", "Vào sổ lần kiểm tra"),
                Ui.action("/quality/iso/plan/new?year=" + y, "Thêm cơ quan vào kế hoạch")));
        return "simple/list";
    }

    @GetMapping("/iso/plan/new")
    String newPlan(@RequestParam(required = false) Integer year, Model model) {
        return form(model, "Thêm cơ quan vào kế hoạch kiểm tra ISO", "/quality/iso/plan", "/quality/iso", null, List.of(
                Ui.field("year", "Năm kế hoạch", "number", year == null ? LocalDate.now(clock).getYear() : year),
                Ui.orgSelect("agencyId", "Cơ quan nhà nước", null, orgs(OrganisationKind.STATE_AGENCY, null))), null, null);
    }

    @PostMapping("/iso/plan")
    String addPlan(@RequestParam int year, @RequestParam(required = false) Long agencyId, Model model, RedirectAttributes ra) {
        try {
            iso.addToPlan(year, agencyId);
            ra.addFlashAttribute("notice", "Đã thêm vào kế hoạch năm " + year + ".");
            return "redirect:/quality/iso?year=" + year;
        } catch (DomainException e) {
            return form(model, "Thêm cơ quan vào kế hoạch kiểm tra ISO", "/quality/iso/plan", "/quality/iso", e, List.of(
                    Ui.field("year", "Năm kế hoạch", "number", year),
                    Ui.orgSelect("agencyId", "Cơ quan nhà nước", agencyId, orgs(OrganisationKind.STATE_AGENCY, agencyId))), null, null);
        }
    }

    @GetMapping("/iso/checks/new")
    String newCheck(Model model) {
        return checkForm(model, null, new IsoCheckCommand(null, null, null, IsoResult.CONFORMING, null, null, null), null);
    }

    @GetMapping("/iso/checks/{id}")
    String check(@PathVariable long id, Model model) {
        IsoCheck c = iso.check(id);
        return checkForm(model, id, new IsoCheckCommand(c.agencyId(), c.plannedYear(), c.checkedOn(), c.result(), c.notes(),
                c.version(), null), null);
    }

    @PostMapping("/iso/checks")
    String createCheck(IsoCheckCommand cmd, Model model, RedirectAttributes ra) {
        try {
            IsoCheck c = iso.record(cmd);
            ra.addFlashAttribute("notice", "Đã vào sổ lần kiểm tra " + c.agencyName() + ".");
            return "redirect:/quality/iso?year=" + c.plannedYear();
        } catch (DomainException e) {
            return checkForm(model, null, cmd, e);
        }
    }

    @PostMapping("/iso/checks/{id}")
    String updateCheck(@PathVariable long id, IsoCheckCommand cmd, Model model, RedirectAttributes ra) {
        try {
            iso.correct(id, cmd);
            ra.addFlashAttribute("notice", "Đã lưu.");
            return "redirect:/quality/iso/checks/" + id;
        } catch (DomainException e) {
            return checkForm(model, id, cmd, e);
        }
    }

    private String checkForm(Model model, Long id, IsoCheckCommand c, DomainException e) {
        Map<IsoResult, String> results = new LinkedHashMap<>();
        for (IsoResult r : IsoResult.values()) {
            results.put(r, r.label());
        }
        return form(model, id == null ? "Vào sổ lần kiểm tra ISO 9001:2015" : "Lần kiểm tra ISO 9001:2015",
                id == null ? "/quality/iso/checks" : "/quality/iso/checks/" + id, "/quality/iso", e, List.of(
                        Ui.field("version", "", "hidden", c.version()),
                        Ui.orgSelect("agencyId", "Cơ quan được kiểm tra", c.agencyId(), orgs(OrganisationKind.STATE_AGENCY, c.agencyId())),
                        Ui.field("plannedYear", "Năm kế hoạch (để trống: năm kiểm tra)", "number", c.plannedYear()),
                        Ui.field("checkedOn", "Ngày kiểm tra", "date", c.checkedOn()),
                        Ui.select("result", "Kết quả", c.result(), Ui.options(results)),
                        Ui.field("notes", "Ghi chú", "textarea", c.notes()),
                        Ui.field("reason", id == null ? "" : "Lý do sửa (nếu kỳ báo cáo đã ban hành)", id == null ? "hidden" : "text", null)),
                id == null ? null : "iso-check", id);
    }

    // --- award dossiers

    @GetMapping("/awards")
    String awards(Model model) {
        List<Map<String, Object>> rows = quality.awardDossiers().stream().map(a -> Ui.row("/quality/awards/" + a.id(),
                a.forwardedOn(), a.enterpriseName(), a.awardYear(), a.notes())).toList();
        list(model, "Hồ sơ Giải thưởng chất lượng quốc gia", List.of("Ngày gửi", "Doanh nghiệp", "Năm giải thưởng", "Ghi chú"),
                rows, "/quality/awards/new", "Vào sổ hồ sơ", null, "quality-awards");
        model.addAttribute("yearFilter", false);
        return "simple/list";
    }

    @GetMapping("/awards/new")
    String newAward(Model model) {
        return awardForm(model, null, new AwardDossierCommand(null, null, null, null, null, null), null);
    }

    @GetMapping("/awards/{id}")
    String award(@PathVariable long id, Model model) {
        AwardDossier a = quality.awardDossier(id);
        return awardForm(model, id, new AwardDossierCommand(a.enterpriseId(), a.awardYear(), a.forwardedOn(), a.notes(), a.version(), null), null);
    }

    @PostMapping("/awards")
    String createAward(AwardDossierCommand cmd, Model model, RedirectAttributes ra) {
        try {
            AwardDossier a = quality.recordAwardDossier(cmd);
            ra.addFlashAttribute("notice", "Đã vào sổ hồ sơ của " + a.enterpriseName() + ".");
            return "redirect:/quality/awards";
        } catch (DomainException e) {
            return awardForm(model, null, cmd, e);
        }
    }

    @PostMapping("/awards/{id}")
    String updateAward(@PathVariable long id, AwardDossierCommand cmd, Model model, RedirectAttributes ra) {
        try {
            quality.correctAwardDossier(id, cmd);
            ra.addFlashAttribute("notice", "Đã lưu.");
            return "redirect:/quality/awards/" + id;
        } catch (DomainException e) {
            return awardForm(model, id, cmd, e);
        }
    }

    private String awardForm(Model model, Long id, AwardDossierCommand c, DomainException e) {
        return form(model, id == null ? "Vào sổ hồ sơ Giải thưởng chất lượng quốc gia" : "Hồ sơ Giải thưởng chất lượng quốc gia",
                id == null ? "/quality/awards" : "/quality/awards/" + id, "/quality/awards", e, List.of(
                Ui.field("version", "", "hidden", c.version()),
                Ui.field("reason", id == null ? "" : "Lý do sửa (nếu kỳ báo cáo đã ban hành)", id == null ? "hidden" : "text", null),
                Ui.orgSelect("enterpriseId", "Doanh nghiệp", c.enterpriseId(), orgs(OrganisationKind.ENTERPRISE, c.enterpriseId())),
                Ui.field("awardYear", "Năm giải thưởng (để trống: năm gửi)", "number", c.awardYear()),
                Ui.field("forwardedOn", "Ngày gửi Tổng cục", "date", c.forwardedOn()),
                Ui.field("notes", "Ghi chú", "textarea", c.notes())), id == null ? null : "award-dossier", id);
    }

    // --- guidance

    @GetMapping("/guidance")
    String guidance(@RequestParam(required = false) Integer year, Model model) {
        List<Map<String, Object>> rows = quality.guidance(year).stream().map(g -> Ui.row("/quality/guidance/" + g.id(),
                g.guidedOn(), g.businessName(), g.subject())).toList();
        return list(model, "Hướng dẫn doanh nghiệp về tiêu chuẩn đo lường chất lượng", List.of("Ngày", "Doanh nghiệp, cơ sở", "Nội dung"),
                rows, "/quality/guidance/new", "Vào sổ lần hướng dẫn", year, "quality-guidance");
    }

    @GetMapping("/guidance/new")
    String newGuidance(Model model) {
        return guidanceForm(model, null, new GuidanceCommand(null, null, null, null, null), null);
    }

    @GetMapping("/guidance/{id}")
    String guidanceItem(@PathVariable long id, Model model) {
        Guidance g = quality.guidanceItem(id);
        return guidanceForm(model, id, new GuidanceCommand(g.businessId(), g.guidedOn(), g.subject(), g.version(), null), null);
    }

    @PostMapping("/guidance")
    String createGuidance(GuidanceCommand cmd, Model model, RedirectAttributes ra) {
        try {
            Guidance g = quality.recordGuidance(cmd);
            ra.addFlashAttribute("notice", "Đã vào sổ lần hướng dẫn " + g.businessName() + ".");
            return "redirect:/quality/guidance";
        } catch (DomainException e) {
            return guidanceForm(model, null, cmd, e);
        }
    }

    @PostMapping("/guidance/{id}")
    String updateGuidance(@PathVariable long id, GuidanceCommand cmd, Model model, RedirectAttributes ra) {
        try {
            quality.correctGuidance(id, cmd);
            ra.addFlashAttribute("notice", "Đã lưu.");
            return "redirect:/quality/guidance/" + id;
        } catch (DomainException e) {
            return guidanceForm(model, id, cmd, e);
        }
    }

    private String guidanceForm(Model model, Long id, GuidanceCommand c, DomainException e) {
        return form(model, id == null ? "Vào sổ lần hướng dẫn doanh nghiệp" : "Lần hướng dẫn doanh nghiệp",
                id == null ? "/quality/guidance" : "/quality/guidance/" + id, "/quality/guidance", e, List.of(
                Ui.field("version", "", "hidden", c.version()),
                Ui.field("reason", id == null ? "" : "Lý do sửa (nếu kỳ báo cáo đã ban hành)", id == null ? "hidden" : "text", null),
                Ui.orgSelect("businessId", "Doanh nghiệp, cơ sở", c.businessId(), orgs(null, c.businessId())),
                Ui.field("guidedOn", "Ngày hướng dẫn", "date", c.guidedOn()),
                Ui.field("subject", "Nội dung hướng dẫn", "text", c.subject())), id == null ? null : "business-guidance", id);
    }

    // --- helpers

    private List<List<String>> orgs(OrganisationKind kind, Long selected) {
        return Ui.options(organisations.choices(kind, selected));
    }

    private String list(Model model, String title, List<String> columns, List<Map<String, Object>> rows, String newHref,
                        String newLabel, Integer year, String exportKey) {
        SimplePages.exportAs(model, exportKey);
        model.addAttribute("title", title);
        model.addAttribute("columns", columns);
        model.addAttribute("rows", rows);
        model.addAttribute("yearFilter", true);
        model.addAttribute("year", year);
        model.addAttribute("actions", AccessPolicy.canEdit(CurrentUser.get(), Quality.OWNER)
                ? List.of(Ui.action(newHref, newLabel)) : List.of());
        return "simple/list";
    }

    private String form(Model model, String title, String action, String back, DomainException e, List<Map<String, Object>> fields,
                        String auditType, Long id) {
        model.addAttribute("title", title);
        model.addAttribute("action", action);
        model.addAttribute("back", back);
        model.addAttribute("fields", fields);
        model.addAttribute("error", e == null ? null : e.getMessage());
        model.addAttribute("auditType", auditType);
        model.addAttribute("auditId", id);
        return "simple/form";
    }
}
