package vn.gov.khcn.inspection.web;

import static vn.gov.khcn.shared.web.SimplePages.save;
import static vn.gov.khcn.shared.web.SimplePages.show;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
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
import vn.gov.khcn.inspection.InspectionKind;
import vn.gov.khcn.inspection.InspectionQuery;
import vn.gov.khcn.inspection.Inspections;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.web.RegisterPages;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.ChildForm;
import vn.gov.khcn.shared.web.SimplePages.Children;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Filter;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Link;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;

/** Pages of the inspectorate's register: the inspections, and each inspection's page with the facilities it inspected. */
@Controller
@RequestMapping("/inspections")
class InspectionPages extends RegisterPages<InspectionCommand> {
    private final Inspections inspections;
    private final Documents documents;
    private final Organisations organisations;

    InspectionPages(Inspections inspections, Documents documents, Organisations organisations) {
        super("/inspections", () -> new InspectionCommand(null, InspectionField.MEASUREMENT, null, null, null, null, null, InspectionKind.INSPECTION), c -> inspections.record(c).id(), inspections::correct);
        this.inspections = inspections;
        this.documents = documents;
        this.organisations = organisations;
    }

    @GetMapping
    String list(InspectionQuery query, Model model) {
        Map<String, String> fields = inspections.fieldLabels();
        Map<String, String> kinds = inspections.kindLabels();
        List<Row> rows = inspections.search(query).stream().map(i -> Row.of("/inspections/" + i.id(),
                i.openedOn(), i.title(), kinds.getOrDefault(i.kind().code(), i.kind().code()), fields.getOrDefault(i.field().code(), i.field().code()),
                i.facilities().size(), Formats.money(i.totalFines()), i.decision())).toList();
        // the facilities inspected are a register of their own, exported with this page's filters
        String filters = Stream.of(query.year() == null ? null : "year=" + query.year(), query.field() == null ? null : "field=" + query.field().name())
                .filter(Objects::nonNull).collect(Collectors.joining("&"));
        Link findings = new Link("/exchange/export/inspection-findings.xlsx" + (filters.isEmpty() ? "" : "?" + filters),
                "Xuất cơ sở được thanh tra (XLSX)");
        SimplePages.exportAs(model, "inspections");
        return show(model, new Table("Thanh tra chuyên ngành", null, canEdit() ? "/inspections/new" : null,
                "Vào sổ cuộc thanh tra", List.of("Ngày", "Cuộc thanh tra, kiểm tra", "Loại", "Lĩnh vực", "Số cơ sở", "Tiền phạt", "Quyết định"), rows,
                SimplePages.whole(rows), null, List.of(Filter.year(query.year())), List.of(findings)));
    }

    @Override
    protected InspectionCommand saved(long id) {
        return command(inspections.get(id));
    }

    private static InspectionCommand command(Inspection i) {
        return new InspectionCommand(i.decisionDocId(), i.field(), i.title(), i.openedOn(), i.followUp(), i.version(), null, i.kind());
    }

    @Override
    protected Form page(long id) {
        return page(inspections.get(id), FacilityFindingCommand.of(null, 0, null, null, 0L));
    }

    @PostMapping("/{id}/facilities")
    String recordFacility(@PathVariable long id, FacilityFindingCommand c, Model model, RedirectAttributes ra) {
        return save(() -> inspections.recordFacility(id, c).id(), "/inspections/", page(inspections.get(id), c), model, ra);
    }

    /** An inspection's page: its form, the facilities it inspected, and (for the inspectorate) a form adding one. */
    private Form page(Inspection i, FacilityFindingCommand facility) {
        Form form = form(command(i), i.id());
        ChildForm add = !canEdit() ? null : new ChildForm("Thêm cơ sở được thanh tra", "/inspections/" + i.id() + "/facilities", List.of(
                Field.organisation("facilityId", "Cơ sở", facility.facilityId(),
                        SimplePages.options(organisations.choices(null, facility.facilityId())), false),
                Field.of("number", "violations", "Số hành vi vi phạm", facility.violations(), false),
                Field.text("violationNotes", "Nội dung vi phạm", facility.violationNotes(), false),
                Field.text("sanction", "Hình thức xử lý", facility.sanction(), false),
                Field.of("number", "fineVnd", "Tiền phạt (đồng)", facility.fineVnd(), false),
                Field.of("number", "instrumentsChecked", "Số phương tiện đo được kiểm tra", facility.instrumentsChecked(), false),
                Field.text("reason", "Lý do (nếu kỳ báo cáo đã ban hành)", facility.reason(), false)));
        return form.withChildren(new Children("Cơ sở được thanh tra",
                List.of("Cơ sở", "Số hành vi vi phạm", "Nội dung vi phạm", "Hình thức xử lý", "Tiền phạt", "Phương tiện đo được kiểm tra"),
                i.facilities().stream().map(f -> Row.of(null, f.facilityName(), f.violations(), f.violationNotes(), f.sanction(),
                        Formats.money(f.fineVnd()), f.instrumentsChecked())).toList(), add));
    }

    @Override
    protected Form form(InspectionCommand c, Long id) {
        Map<Long, String> decisions = new LinkedHashMap<>();
        for (Document d : documents.search(vn.gov.khcn.documents.DocumentQuery.ofType(DocumentType.DECISION), 0, 200).items()) {
            decisions.put(d.id(), d.numberSymbol() + " ngày " + Formats.date(d.issuedOn()));
        }
        return new Form(id == null ? "Vào sổ cuộc thanh tra" : "Cuộc thanh tra", id == null ? "/inspections" : "/inspections/" + id,
                "/inspections", List.of(
                Field.select("decisionDocId", "Quyết định thanh tra (trong sổ văn bản)", c.decisionDocId(), SimplePages.options(decisions), false),
                Field.select("kind", "Loại (thanh tra, kiểm tra)", c.kind(), SimplePages.options(inspections.kindChoices(c.kind())), false),
                Field.select("field", "Lĩnh vực", c.field(), SimplePages.options(inspections.fieldChoices(c.field())), false),
                Field.text("title", "Tên cuộc thanh tra", c.title(), false),
                Field.of("date", "openedOn", "Ngày công bố quyết định", c.openedOn(), false),
                Field.of("textarea", "followUp", "Kết luận, theo dõi sau thanh tra", c.followUp(), false),
                Field.reason(id)), c.version(), null, null, "inspection", id, List.of()).ownedBy(vn.gov.khcn.inspection.Inspections.OWNER);
    }

    private static boolean canEdit() {
        return AccessPolicy.canEdit(CurrentUser.get(), Inspections.OWNER);
    }
}
