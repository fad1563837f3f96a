package vn.gov.khcn.radiation.web;

import static vn.gov.khcn.shared.web.SimplePages.show;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.radiation.RadiationFacilities;
import vn.gov.khcn.radiation.RadiationInspection;
import vn.gov.khcn.radiation.RadiationInspectionCommand;
import vn.gov.khcn.radiation.RadiationInspectionQuery;
import vn.gov.khcn.radiation.RadiationInspections;
import vn.gov.khcn.shared.web.RegisterPages;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Filter;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Option;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;

@Controller
@RequestMapping("/radiation/inspections")
class RadiationInspectionPages extends RegisterPages<RadiationInspectionCommand> {
    private final RadiationInspections inspections;
    private final RadiationFacilities facilities;
    private final Organisations organisations;

    RadiationInspectionPages(RadiationInspections inspections, RadiationFacilities facilities, Organisations organisations) {
        super("/radiation/inspections", () -> RadiationInspectionCommand.of(null, null, null, null), c -> inspections.record(c).id(), inspections::correct);
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

    @Override
    protected RadiationInspectionCommand saved(long id) {
        RadiationInspection i = inspections.get(id);
        return new RadiationInspectionCommand(i.facilityId(), i.district(), i.inspectedOn(), i.findings(), i.version(),
                null);
    }

    @Override
    protected Form form(RadiationInspectionCommand c, Long id) {
        return new Form(id == null ? "Vào sổ lần kiểm tra an toàn bức xạ" : "Kiểm tra an toàn bức xạ", id == null ? "/radiation/inspections"
                : "/radiation/inspections/" + id, "/radiation/inspections", List.of(
                Field.select("facilityId", "Cơ sở bức xạ", c.facilityId(), RadiationForms.facilities(facilities), true),
                Field.text("district", "Huyện/TP (để trống: theo cơ sở)", c.district(), false),
                Field.of("date", "inspectedOn", "Ngày kiểm tra", c.inspectedOn(), true),
                Field.of("textarea", "findings", "Kết quả kiểm tra", c.findings(), false),
                Field.reason(id)), c.version(), null, null, "radiation-inspection", id, List.of()).ownedBy(RadiationFacilities.OWNER);
    }
}
