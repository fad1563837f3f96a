package vn.gov.khcn.radiation.web;

import static vn.gov.khcn.shared.web.SimplePages.show;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.radiation.FacilityCommand;
import vn.gov.khcn.radiation.FacilityQuery;
import vn.gov.khcn.radiation.RadiationFacilities;
import vn.gov.khcn.radiation.RadiationFacility;
import vn.gov.khcn.shared.web.RegisterPages;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Filter;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Option;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;

@Controller
@RequestMapping("/radiation/facilities")
class FacilityPages extends RegisterPages<FacilityCommand> {
    private final RadiationFacilities facilities;
    private final Organisations organisations;

    FacilityPages(RadiationFacilities facilities, Organisations organisations) {
        super("/radiation/facilities", () -> FacilityCommand.of(null, null, null), c -> facilities.record(c).id(), facilities::correct);
        this.facilities = facilities;
        this.organisations = organisations;
    }

    @GetMapping
    String list(FacilityQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
        SimplePages.exportAs(model, "radiation-facilities");
        var r = facilities.search(query, Math.max(page, 0), 25);
        List<Row> rows = r.items().stream().map(f -> Row.of("/radiation/facilities/" + f.id(), f.name(), f.district(), f.address())).toList();
        List<Option> districts = organisations.districts().stream().map(d -> new Option(d, d)).toList();
        return show(model, new Table("Cơ sở bức xạ", null, RadiationForms.addLink(RadiationFacilities.OWNER, "/radiation/facilities/new"),
                "Thêm cơ sở bức xạ", List.of("Cơ sở", "Huyện/TP", "Địa chỉ"), rows, r,
                SimplePages.base("/radiation/facilities", RadiationForms.filters("q", query.q(), "district", query.district())),
                List.of(new Filter("q", "Tìm theo tên", query.q(), List.of()), new Filter("district", "Huyện/TP", query.district(), districts)),
                List.of()));
    }

    @Override
    protected FacilityCommand saved(long id) {
        RadiationFacility f = facilities.get(id);
        return new FacilityCommand(f.organisationId(), f.address(), f.district(), f.version());
    }

    @Override
    protected Form form(FacilityCommand c, Long id) {
        return new Form(id == null ? "Thêm cơ sở bức xạ" : "Cơ sở bức xạ", id == null ? "/radiation/facilities" : "/radiation/facilities/" + id,
                "/radiation/facilities", List.of(
                Field.organisation("organisationId", "Tổ chức", c.organisationId(),
                        SimplePages.options(organisations.choices(null, c.organisationId())), true),
                Field.text("address", "Địa chỉ", c.address(), false),
                Field.text("district", "Huyện/TP (để trống: theo tổ chức)", c.district(), false)),
                c.version(), null, null, "radiation-facility", id, List.of()).ownedBy(RadiationFacilities.OWNER);
    }
}
