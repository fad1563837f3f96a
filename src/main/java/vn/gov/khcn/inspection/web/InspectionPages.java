package vn.gov.khcn.inspection.web;

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
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.ChildForm;
import vn.gov.khcn.shared.web.SimplePages.Children;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Filter;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Link;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;

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
        List<Row> rows = inspections.list(year, field).stream().map(i -> Row.of("/inspections/" + i.id(),
                i.openedOn(), i.title(), i.field().label(), i.facilities().size(), Formats.money(i.totalFines()), i.decision())).toList();
        // the facilities inspected are a register of their own, exported with this page's filters
        String query = java.util.stream.Stream.of(year == null ? null : "year=" + year, field == null ? null : "field=" + field.name())
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining("&", "?", ""));
        Link findings = new Link("/exchange/export/inspection-findings.xlsx" + (query.length() > 1 ? query : ""),
                "Xuất cơ sở được thanh tra (XLSX)");
        SimplePages.exportAs(model, "inspections");
        return SimplePages.show(model, new Table("Thanh tra chuyên ngành", null, canEdit() ? "/inspections/new" : null,
                "Vào sổ cuộc thanh tra", List.of("Ngày", "Cuộc thanh tra", "Lĩnh vực", "Số cơ sở", "Tiền phạt", "Quyết định"), rows,
                SimplePages.whole(rows), null, List.of(Filter.year(year)), List.of(findings)));
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return SimplePages.show(model, form(null, new InspectionCommand(null, InspectionField.MEASUREMENT, null, null, null, null, null)));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Inspection i = inspections.get(id);
        Form form = form(id, new InspectionCommand(i.decisionDocId(), i.field(), i.title(), i.openedOn(), i.followUp(), i.version(), null));
        ChildForm add = !canEdit() ? null : new ChildForm("Thêm cơ sở được thanh tra", "/inspections/" + id + "/facilities", List.of(
                Field.organisation("facilityId", "Cơ sở", null, SimplePages.options(organisations.choices(null, null)), false),
                Field.of("number", "violations", "Số hành vi vi phạm", 0, false),
                Field.text("violationNotes", "Nội dung vi phạm", null, false),
                Field.text("sanction", "Hình thức xử lý", null, false),
                Field.of("number", "fineVnd", "Tiền phạt (đồng)", 0, false)));
        return SimplePages.show(model, form.withChildren(new Children("Cơ sở được thanh tra",
                List.of("Cơ sở", "Số hành vi vi phạm", "Nội dung vi phạm", "Hình thức xử lý", "Tiền phạt"),
                i.facilities().stream().map(f -> Row.of(null, f.facilityName(), f.violations(), f.violationNotes(), f.sanction(),
                        Formats.money(f.fineVnd()))).toList(), add)));
    }

    @PostMapping
    String create(InspectionCommand cmd, Model model, RedirectAttributes ra) {
        try {
            Inspection i = inspections.open(cmd);
            ra.addFlashAttribute("notice", "Đã vào sổ cuộc thanh tra.");
            return "redirect:/inspections/" + i.id();
        } catch (DomainException e) {
            return SimplePages.show(model, form(null, cmd).withError(e));
        }
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, InspectionCommand cmd, Model model, RedirectAttributes ra) {
        try {
            inspections.change(id, cmd);
            ra.addFlashAttribute("notice", "Đã lưu.");
            return "redirect:/inspections/" + id;
        } catch (DomainException e) {
            return SimplePages.show(model, form(id, cmd).withError(e));
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

    private Form form(Long id, InspectionCommand c) {
        Map<Long, String> decisions = new LinkedHashMap<>();
        for (Document d : documents.search(vn.gov.khcn.documents.DocumentQuery.ofType(DocumentType.DECISION), 0, 200).items()) {
            decisions.put(d.id(), d.numberSymbol() + " ngày " + Formats.date(d.issuedOn()));
        }
        return new Form(id == null ? "Vào sổ cuộc thanh tra" : "Cuộc thanh tra", id == null ? "/inspections" : "/inspections/" + id,
                "/inspections", List.of(
                Field.select("decisionDocId", "Quyết định thanh tra (trong sổ văn bản)", c.decisionDocId(), SimplePages.options(decisions), false),
                Field.select("field", "Lĩnh vực", c.field(), SimplePages.options(InspectionField.values(), InspectionField::label), false),
                Field.text("title", "Tên cuộc thanh tra", c.title(), false),
                Field.of("date", "openedOn", "Ngày công bố quyết định", c.openedOn(), false),
                Field.of("textarea", "followUp", "Kết luận, theo dõi sau thanh tra", c.followUp(), false),
                Field.reason(id)), c.version(), null, null, "inspection", id, List.of());
    }

    private static boolean canEdit() {
        return AccessPolicy.canEdit(CurrentUser.get(), Inspections.OWNER);
    }
}
