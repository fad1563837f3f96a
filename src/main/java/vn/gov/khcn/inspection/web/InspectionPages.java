package vn.gov.khcn.inspection.web;

import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.Ui;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.khcn.documents.Document;
import vn.gov.khcn.documents.DocumentType;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.identity.AccessPolicy;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.inspection.FacilityFindingCommand;
import vn.gov.khcn.inspection.Inspection;
import vn.gov.khcn.inspection.InspectionCommand;
import vn.gov.khcn.inspection.InspectionField;
import vn.gov.khcn.inspection.Inspections;
import vn.gov.khcn.organisations.Organisation;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;

/** Pages of the inspectorate's register. */
@Controller
@RequestMapping("/inspections")
class InspectionPages {
    private final Inspections inspections;
    private final Documents documents;
    private final Organisations organisations;

    InspectionPages(Inspections inspections, Documents documents, Organisations organisations) {
        this.inspections = inspections;
        this.documents = documents;
        this.organisations = organisations;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) InspectionField field, Model model) {
        List<Map<String, Object>> rows = inspections.list(year, field).stream().map(i -> Ui.row("/inspections/" + i.id(),
                i.openedOn(), i.title(), i.field().label(), i.facilities().size(), Formats.money(i.totalFines()), i.decision())).toList();
        model.addAttribute("title", "Thanh tra chuyên ngành");
        model.addAttribute("columns", List.of("Ngày", "Cuộc thanh tra", "Lĩnh vực", "Số cơ sở", "Tiền phạt", "Quyết định"));
        model.addAttribute("rows", rows);
        model.addAttribute("yearFilter", true);
        model.addAttribute("year", year);
        // the facilities inspected are a register of their own, exported with this page's filters
        String query = java.util.stream.Stream.of(year == null ? null : "year=" + year, field == null ? null : "field=" + field.name())
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining("&", "?", ""));
        Map<String, String> findings = Ui.action("/exchange/export/inspection-findings.xlsx" + (query.length() > 1 ? query : ""),
                "Xuất cơ sở được thanh tra (XLSX)");
        model.addAttribute("actions", canEdit() ? List.of(Ui.action("/inspections/new", "Vào sổ cuộc thanh tra"), findings) : List.of(findings));
        SimplePages.exportAs(model, "inspections");
        return "simple/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return form(model, null, new InspectionCommand(null, InspectionField.MEASUREMENT, null, null, null, null, null), null);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Inspection i = inspections.get(id);
        form(model, id, new InspectionCommand(i.decisionDocId(), i.field(), i.title(), i.openedOn(), i.followUp(), i.version(), null), null);
        model.addAttribute("childTitle", "Cơ sở được thanh tra");
        model.addAttribute("childColumns", List.of("Cơ sở", "Số hành vi vi phạm", "Nội dung vi phạm", "Hình thức xử lý", "Tiền phạt"));
        model.addAttribute("childRows", i.facilities().stream().map(f -> Ui.row(null, f.facilityName(), f.violations(),
                f.violationNotes(), f.sanction(), Formats.money(f.fineVnd()))).toList());
        if (canEdit()) {
            model.addAttribute("childFormTitle", "Thêm cơ sở được thanh tra");
            model.addAttribute("childAction", "/inspections/" + id + "/facilities");
            model.addAttribute("childFields", List.of(Ui.orgSelect("facilityId", "Cơ sở", null, orgs()),
                    Ui.field("violations", "Số hành vi vi phạm", "number", 0), Ui.field("violationNotes", "Nội dung vi phạm", "text", null),
                    Ui.field("sanction", "Hình thức xử lý", "text", null), Ui.field("fineVnd", "Tiền phạt (đồng)", "number", 0)));
        }
        return "simple/form";
    }

    @PostMapping
    String create(InspectionCommand cmd, Model model, RedirectAttributes ra) {
        try {
            Inspection i = inspections.open(cmd);
            ra.addFlashAttribute("notice", "Đã vào sổ cuộc thanh tra.");
            return "redirect:/inspections/" + i.id();
        } catch (DomainException e) {
            return form(model, null, cmd, e);
        }
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, InspectionCommand cmd, Model model, RedirectAttributes ra) {
        try {
            inspections.change(id, cmd);
            ra.addFlashAttribute("notice", "Đã lưu.");
            return "redirect:/inspections/" + id;
        } catch (DomainException e) {
            return form(model, id, cmd, e);
        }
    }

    @PostMapping("/{id}/facilities")
    String addFacility(@PathVariable long id, FacilityFindingCommand cmd, RedirectAttributes ra) {
        try {
            inspections.addFacility(id, cmd);
            ra.addFlashAttribute("notice", "Đã thêm cơ sở được thanh tra.");
        } catch (DomainException e) {
            ra.addFlashAttribute("notice", e.getMessage());
        }
        return "redirect:/inspections/" + id;
    }

    private String form(Model model, Long id, InspectionCommand c, DomainException e) {
        Map<InspectionField, String> fields = new LinkedHashMap<>();
        for (InspectionField f : InspectionField.values()) {
            fields.put(f, f.label());
        }
        Map<Long, String> decisions = new LinkedHashMap<>();
        for (Document d : documents.search(null, DocumentType.DECISION, null, 0, 200).items()) {
            decisions.put(d.id(), d.numberSymbol() + " ngày " + Formats.date(d.issuedOn()));
        }
        model.addAttribute("title", id == null ? "Vào sổ cuộc thanh tra" : "Cuộc thanh tra");
        model.addAttribute("action", id == null ? "/inspections" : "/inspections/" + id);
        model.addAttribute("back", "/inspections");
        model.addAttribute("error", e == null ? null : e.getMessage());
        model.addAttribute("auditType", id == null ? null : "inspection");
        model.addAttribute("auditId", id);
        model.addAttribute("fields", List.of(
                Ui.field("version", "", "hidden", c.version()),
                Ui.select("decisionDocId", "Quyết định thanh tra (trong sổ văn bản)", c.decisionDocId(), Ui.options(decisions)),
                Ui.select("field", "Lĩnh vực", c.field(), Ui.options(fields)),
                Ui.field("title", "Tên cuộc thanh tra", "text", c.title()),
                Ui.field("openedOn", "Ngày công bố quyết định", "date", c.openedOn()),
                Ui.field("followUp", "Kết luận, theo dõi sau thanh tra", "textarea", c.followUp()),
                Ui.field("reason", id == null ? "" : "Lý do sửa (nếu kỳ báo cáo đã ban hành)", id == null ? "hidden" : "text", null)));
        return "simple/form";
    }

    private List<List<String>> orgs() {
        return Ui.options(organisations.choices(null, null));
    }

    private static boolean canEdit() {
        return AccessPolicy.canEdit(CurrentUser.get(), Inspections.OWNER);
    }
}
