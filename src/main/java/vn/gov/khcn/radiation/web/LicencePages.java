package vn.gov.khcn.radiation.web;

import static vn.gov.khcn.shared.web.SimplePages.show;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.khcn.radiation.Licence;
import vn.gov.khcn.radiation.LicenceCommand;
import vn.gov.khcn.radiation.LicenceQuery;
import vn.gov.khcn.radiation.Licences;
import vn.gov.khcn.radiation.RadiationFacilities;
import vn.gov.khcn.shared.web.RegisterPages;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Filter;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;

@Controller
@RequestMapping("/radiation/licences")
class LicencePages extends RegisterPages<LicenceCommand> {
    /** Licences expiring within this many days are flagged on the list (as on the due page). */
    static final int SOON = 30;
    private final Licences licences;
    private final RadiationFacilities facilities;

    LicencePages(Licences licences, RadiationFacilities facilities) {
        super("/radiation/licences", () -> LicenceCommand.of(null, null, null, null, null), c -> licences.issue(c).id(), licences::correct);
        this.licences = licences;
        this.facilities = facilities;
    }

    @GetMapping
    String list(LicenceQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
        SimplePages.exportAs(model, "radiation-licences");
        var r = licences.search(query, Math.max(page, 0), 25);
        LocalDate today = licences.today();
        List<Row> rows = r.items().stream().map(l -> new Row("/radiation/licences/" + l.id(), Row.of(null, l.number(), l.facilityName(),
                l.issuedOn(), l.expiresOn(), l.scope()).cells(), l.expiresWithin(today, SOON) ? "Đã hoặc sắp hết hạn" : null)).toList();
        return show(model, new Table("Giấy phép tiến hành công việc bức xạ", null,
                RadiationForms.addLink(RadiationFacilities.OWNER, "/radiation/licences/new"), "Vào sổ giấy phép",
                List.of("Số giấy phép", "Cơ sở", "Ngày cấp", "Hết hạn", "Phạm vi"), rows, r,
                SimplePages.base("/radiation/licences", RadiationForms.filters("facilityId", query.facilityId(), "q", query.q())),
                List.of(new Filter("facilityId", "Cơ sở", query.facilityId() == null ? null : query.facilityId().toString(),
                        RadiationForms.facilities(facilities)), new Filter("q", "Số giấy phép", query.q(), List.of())), List.of()));
    }

    @Override
    protected LicenceCommand saved(long id) {
        Licence l = licences.get(id);
        return new LicenceCommand(l.facilityId(), l.number(), l.issuedOn(), l.expiresOn(), l.scope(), l.version());
    }

    @Override
    protected Form form(LicenceCommand c, Long id) {
        return new Form(id == null ? "Vào sổ giấy phép" : "Giấy phép tiến hành công việc bức xạ", id == null ? "/radiation/licences"
                : "/radiation/licences/" + id, "/radiation/licences", List.of(
                Field.select("facilityId", "Cơ sở bức xạ", c.facilityId(), RadiationForms.facilities(facilities), true),
                Field.text("number", "Số giấy phép", c.number(), true), Field.of("date", "issuedOn", "Ngày cấp", c.issuedOn(), true),
                Field.of("date", "expiresOn", "Ngày hết hạn", c.expiresOn(), true), Field.text("scope", "Phạm vi", c.scope(), false)),
                c.version(), null, null, "radiation-licence", id, List.of()).ownedBy(RadiationFacilities.OWNER);
    }
}
