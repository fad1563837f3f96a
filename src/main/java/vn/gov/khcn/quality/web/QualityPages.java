package vn.gov.khcn.quality.web;

import java.time.Clock;
import java.time.LocalDate;
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
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Filter;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Link;
import vn.gov.khcn.shared.web.SimplePages.Option;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;

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
        List<Row> rows = quality.surveys(year).stream().map(s -> Row.of("/quality/surveys/" + s.id(),
                s.surveyedOn(), s.facilityName(), s.district(), s.products(), s.findings())).toList();
        return list(model, "Khảo sát chất lượng sản phẩm, hàng hóa", List.of("Ngày", "Cơ sở", "Huyện/TP", "Sản phẩm", "Kết quả"),
                rows, "/quality/surveys/new", "Thêm lần khảo sát", List.of(Filter.year(year)), "quality-surveys");
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
                        Field.organisation("facilityId", "Cơ sở được khảo sát", c.facilityId(), orgs(null, c.facilityId()), false),
                        Field.text("products", "Sản phẩm, hàng hóa", c.products(), false),
                        Field.text("district", "Huyện/thành phố (để trống: theo cơ sở)", c.district(), false),
                        Field.of("date", "surveyedOn", "Ngày khảo sát", c.surveyedOn(), false),
                        Field.of("textarea", "findings", "Kết quả khảo sát", c.findings(), false),
                        Field.reason(id)),
                c.version(), "quality-survey", id);
    }

    // --- ISO plan and checks

    @GetMapping("/iso")
    String isoPage(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        Map<Long, IsoCheck> checked = iso.checks(y).stream().collect(Collectors.toMap(IsoCheck::agencyId, c -> c, (a, b) -> a));
        List<Row> rows = iso.plan(y).stream().map(p -> {
            IsoCheck c = checked.get(p.agencyId());
            return Row.of(c == null ? null : "/quality/iso/checks/" + c.id(), p.agencyName(),
                    c == null ? "Chưa kiểm tra" : c.checkedOn(), c == null ? "" : c.result().label());
        }).toList();
        SimplePages.exportAs(model, "quality-iso");
        return SimplePages.show(model, new Table("Kiểm tra áp dụng TCVN ISO 9001:2015 năm " + y + " theo kế hoạch",
                "Kế hoạch năm " + y + ": " + rows.size() + " cơ quan; đã kiểm tra " + checked.size() + ".", "/quality/iso/checks/new",
                "Vào sổ lần kiểm tra", List.of("Cơ quan", "Ngày kiểm tra", "Kết quả"), rows, SimplePages.whole(rows), null,
                List.of(Filter.year(y)), List.of(new Link("/quality/iso/plan/new?year=" + y, "Thêm cơ quan vào kế hoạch"),
                new Link("/exchange/export/quality-iso-plan.xlsx?year=" + y, "Xuất kế hoạch năm " + y + " (XLSX)"))));
    }

    @GetMapping("/iso/plan/new")
    String newPlan(@RequestParam(required = false) Integer year, Model model) {
        return form(model, "Thêm cơ quan vào kế hoạch kiểm tra ISO", "/quality/iso/plan", "/quality/iso", null, List.of(
                Field.of("number", "year", "Năm kế hoạch", year == null ? LocalDate.now(clock).getYear() : year, false),
                Field.organisation("agencyId", "Cơ quan nhà nước", null, orgs(OrganisationKind.STATE_AGENCY, null), false)), null, null, null);
    }

    @PostMapping("/iso/plan")
    String addPlan(@RequestParam int year, @RequestParam(required = false) Long agencyId, Model model, RedirectAttributes ra) {
        try {
            iso.addToPlan(year, agencyId);
            ra.addFlashAttribute("notice", "Đã thêm vào kế hoạch năm " + year + ".");
            return "redirect:/quality/iso?year=" + year;
        } catch (DomainException e) {
            return form(model, "Thêm cơ quan vào kế hoạch kiểm tra ISO", "/quality/iso/plan", "/quality/iso", e, List.of(
                    Field.of("number", "year", "Năm kế hoạch", year, false),
                    Field.organisation("agencyId", "Cơ quan nhà nước", agencyId, orgs(OrganisationKind.STATE_AGENCY, agencyId), false)), null, null, null);
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
        return form(model, id == null ? "Vào sổ lần kiểm tra ISO 9001:2015" : "Lần kiểm tra ISO 9001:2015",
                id == null ? "/quality/iso/checks" : "/quality/iso/checks/" + id, "/quality/iso", e, List.of(
                        Field.organisation("agencyId", "Cơ quan được kiểm tra", c.agencyId(), orgs(OrganisationKind.STATE_AGENCY, c.agencyId()), false),
                        Field.of("number", "plannedYear", "Năm kế hoạch (để trống: năm kiểm tra)", c.plannedYear(), false),
                        Field.of("date", "checkedOn", "Ngày kiểm tra", c.checkedOn(), false),
                        Field.select("result", "Kết quả", c.result(), SimplePages.options(IsoResult.values(), IsoResult::label), false),
                        Field.of("textarea", "notes", "Ghi chú", c.notes(), false),
                        Field.reason(id)),
                c.version(), "iso-check", id);
    }

    // --- award dossiers

    @GetMapping("/awards")
    String awards(Model model) {
        List<Row> rows = quality.awardDossiers().stream().map(a -> Row.of("/quality/awards/" + a.id(),
                a.forwardedOn(), a.enterpriseName(), a.awardYear(), a.notes())).toList();
        return list(model, "Hồ sơ Giải thưởng chất lượng quốc gia", List.of("Ngày gửi", "Doanh nghiệp", "Năm giải thưởng", "Ghi chú"),
                rows, "/quality/awards/new", "Vào sổ hồ sơ", List.of(), "quality-awards");
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
                Field.reason(id),
                Field.organisation("enterpriseId", "Doanh nghiệp", c.enterpriseId(), orgs(OrganisationKind.ENTERPRISE, c.enterpriseId()), false),
                Field.of("number", "awardYear", "Năm giải thưởng (để trống: năm gửi)", c.awardYear(), false),
                Field.of("date", "forwardedOn", "Ngày gửi Tổng cục", c.forwardedOn(), false),
                Field.of("textarea", "notes", "Ghi chú", c.notes(), false)), c.version(), "award-dossier", id);
    }

    // --- guidance

    @GetMapping("/guidance")
    String guidance(@RequestParam(required = false) Integer year, Model model) {
        List<Row> rows = quality.guidance(year).stream().map(g -> Row.of("/quality/guidance/" + g.id(),
                g.guidedOn(), g.businessName(), g.subject())).toList();
        return list(model, "Hướng dẫn doanh nghiệp về tiêu chuẩn đo lường chất lượng", List.of("Ngày", "Doanh nghiệp, cơ sở", "Nội dung"),
                rows, "/quality/guidance/new", "Vào sổ lần hướng dẫn", List.of(Filter.year(year)), "quality-guidance");
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
                Field.reason(id),
                Field.organisation("businessId", "Doanh nghiệp, cơ sở", c.businessId(), orgs(null, c.businessId()), false),
                Field.of("date", "guidedOn", "Ngày hướng dẫn", c.guidedOn(), false),
                Field.text("subject", "Nội dung hướng dẫn", c.subject(), false)), c.version(), "business-guidance", id);
    }

    // --- helpers

    private List<Option> orgs(OrganisationKind kind, Long selected) {
        return SimplePages.options(organisations.choices(kind, selected));
    }

    private String list(Model model, String title, List<String> columns, List<Row> rows, String newHref, String newLabel,
                        List<Filter> filters, String exportKey) {
        SimplePages.exportAs(model, exportKey);
        return SimplePages.show(model, new Table(title, null, AccessPolicy.canEdit(CurrentUser.get(), Quality.OWNER) ? newHref : null,
                newLabel, columns, rows, SimplePages.whole(rows), null, filters, List.of()));
    }

    private static String form(Model model, String title, String action, String back, DomainException e, List<Field> fields,
                               Integer version, String auditType, Long id) {
        return SimplePages.show(model, new Form(title, action, back, fields, version, null, null, auditType, id, List.of()).withError(e));
    }
}
