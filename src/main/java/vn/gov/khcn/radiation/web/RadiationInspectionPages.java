package vn.gov.khcn.radiation.web;

import static vn.gov.khcn.shared.web.SimplePages.save;
import static vn.gov.khcn.shared.web.SimplePages.show;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.radiation.RadiationFacilities;
import vn.gov.khcn.radiation.RadiationInspection;
import vn.gov.khcn.radiation.RadiationInspectionCommand;
import vn.gov.khcn.radiation.RadiationInspectionQuery;
import vn.gov.khcn.radiation.RadiationInspections;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Filter;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Option;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;

@Controller
@RequestMapping("/radiation/inspections")
class RadiationInspectionPages {
    private final RadiationInspections inspections;
    private final RadiationFacilities facilities;
    private final Organisations organisations;

    RadiationInspectionPages(RadiationInspections inspections, RadiationFacilities facilities, Organisations organisations) {
        this.inspections = inspections;
        this.facilities = facilities;
        this.organisations = organisations;
    }

    @GetMapping
    String list(RadiationInspectionQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
        SimplePages.exportAs(model, "radiation-inspections");
        var r = inspections.search(query, Math.max(page, 0), 25);
        List<Row> rows = r.items().stream().map(i -> Row.of("/radiation/inspections/" + i.id(), i.inspectedOn(), i.facilityName(),
                i.district(), i.findings())).toList();
        List<Option> districts = organisations.districts().stream().map(d -> new Option(d, d)).toList();
        return show(model, new Table("Kiểm tra an toàn bức xạ", null, RadiationForms.addLink(RadiationFacilities.OWNER,
                "/radiation/inspections/new"), "Vào sổ lần kiểm tra", List.of("Ngày", "Cơ sở", "Huyện/TP", "Kết quả"), rows, r,
                SimplePages.base("/radiation/inspections", RadiationForms.filters("year", query.year(), "district", query.district())),
                List.of(Filter.year(query.year()), new Filter("district", "Huyện/TP", query.district(), districts)), List.of()));
    }

    @GetMapping("/new")
    String createForm(Model model) {
        return show(model, form(RadiationInspectionCommand.of(null, null, null, null), null));
    }

    @GetMapping("/{id:\\d+}")
    String edit(@PathVariable long id, Model model) {
        RadiationInspection i = inspections.get(id);
        return show(model, form(new RadiationInspectionCommand(i.facilityId(), i.district(), i.inspectedOn(), i.findings(), i.version(),
                null), id));
    }

    @PostMapping
    String create(RadiationInspectionCommand c, Model model, RedirectAttributes ra) {
        return save(() -> inspections.record(c).id(), "/radiation/inspections/", form(c, null), model, ra);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, RadiationInspectionCommand c, Model model, RedirectAttributes ra) {
        return save(() -> inspections.correct(id, c).id(), "/radiation/inspections/", form(c, id), model, ra);
    }

    private Form form(RadiationInspectionCommand c, Long id) {
        return new Form(id == null ? "Vào sổ lần kiểm tra an toàn bức xạ" : "Kiểm tra an toàn bức xạ", id == null ? "/radiation/inspections"
                : "/radiation/inspections/" + id, "/radiation/inspections", List.of(
                Field.select("facilityId", "Cơ sở bức xạ", c.facilityId(), RadiationForms.facilities(facilities), true),
                Field.text("district", "Huyện/TP (để trống: theo cơ sở)", c.district(), false),
                Field.of("date", "inspectedOn", "Ngày kiểm tra", c.inspectedOn(), true),
                Field.of("textarea", "findings", "Kết quả kiểm tra", c.findings(), false),
                Field.reason(id)), c.version(), null, null, "radiation-inspection", id, List.of()).ownedBy(RadiationFacilities.OWNER);
    }
}
