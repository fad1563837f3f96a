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
import vn.gov.khcn.radiation.Dossier;
import vn.gov.khcn.radiation.DossierCommand;
import vn.gov.khcn.radiation.DossierOutcome;
import vn.gov.khcn.radiation.DossierQuery;
import vn.gov.khcn.radiation.DossierResolution;
import vn.gov.khcn.radiation.Dossiers;
import vn.gov.khcn.radiation.RadiationFacilities;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Fact;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Filter;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Link;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;

/**
 * The dossier register's pages. A dossier being resolved opens on its resolution (when and how it was resolved);
 * a resolved one on its correction, with the days it took.
 */
@Controller
@RequestMapping("/radiation/dossiers")
record DossierPages(Dossiers dossiers, RadiationFacilities facilities) {

    @GetMapping
    String list(DossierQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
        SimplePages.exportAs(model, "radiation-dossiers");
        var r = dossiers.search(query, Math.max(page, 0), 25);
        List<Row> rows = r.items().stream().map(d -> Row.of("/radiation/dossiers/" + d.id(), d.receivedOn(), d.subject(), d.facilityName(),
                d.resolvedOn(), d.outcome() == null ? "Đang giải quyết" : d.outcome().label(), d.daysTaken())).toList();
        return show(model, new Table("Hồ sơ an toàn bức xạ, hạt nhân", null, RadiationForms.addLink(RadiationFacilities.OWNER,
                "/radiation/dossiers/new"), "Vào sổ hồ sơ", List.of("Ngày nhận", "Nội dung", "Cơ sở", "Ngày giải quyết", "Kết quả", "Số ngày"),
                rows, r, SimplePages.base("/radiation/dossiers", RadiationForms.filters("year", query.year(), "facilityId", query.facilityId())),
                List.of(Filter.year(query.year()), new Filter("facilityId", "Cơ sở", query.facilityId() == null ? null
                        : query.facilityId().toString(), RadiationForms.facilities(facilities))), List.of()));
    }

    @GetMapping("/new")
    String createForm(Model model) {
        return show(model, form(DossierCommand.received(null, null, null), null, null));
    }

    @GetMapping("/{id:\\d+}")
    String dossier(@PathVariable long id, Model model) {
        Dossier d = dossiers.get(id);
        return show(model, d.resolved() ? form(command(d), id, d.daysTaken())
                : resolution(d, new DossierResolution(null, null, d.version(), null)));
    }

    @GetMapping("/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        Dossier d = dossiers.get(id);
        return show(model, form(command(d), id, d.daysTaken()));
    }

    @PostMapping
    String create(DossierCommand c, Model model, RedirectAttributes ra) {
        return save(() -> dossiers.receive(c).id(), "/radiation/dossiers/", form(c, null, null), model, ra);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, DossierCommand c, Model model, RedirectAttributes ra) {
        return save(() -> dossiers.correct(id, c).id(), "/radiation/dossiers/", form(c, id, null), model, ra);
    }

    @PostMapping("/{id}/resolution")
    String resolve(@PathVariable long id, DossierResolution r, Model model, RedirectAttributes ra) {
        return save(() -> dossiers.resolve(id, r).id(), "/radiation/dossiers/", resolution(dossiers.get(id), r), model, ra);
    }

    private static DossierCommand command(Dossier d) {
        return new DossierCommand(d.facilityId(), d.subject(), d.receivedOn(), d.resolvedOn(), d.outcome(), d.version(), null);
    }

    private Form form(DossierCommand c, Long id, Integer days) {
        Form form = new Form(id == null ? "Vào sổ hồ sơ an toàn bức xạ" : "Hồ sơ an toàn bức xạ", id == null ? "/radiation/dossiers"
                : "/radiation/dossiers/" + id, "/radiation/dossiers", List.of(
                Field.select("facilityId", "Cơ sở bức xạ", c.facilityId(), RadiationForms.facilities(facilities), true),
                Field.text("subject", "Nội dung hồ sơ", c.subject(), true),
                Field.of("date", "receivedOn", "Ngày nhận", c.receivedOn(), true),
                Field.of("date", "resolvedOn", "Ngày giải quyết (đang giải quyết: để trống)", c.resolvedOn(), false),
                Field.select("outcome", "Kết quả giải quyết", c.outcome(), SimplePages.options(DossierOutcome.values(), DossierOutcome::label), false),
                Field.reason(id)), c.version(), null, null, "radiation-dossier", id, List.of()).ownedBy(RadiationFacilities.OWNER);
        return days == null ? form : form.withFacts(List.of(Fact.of("Số ngày giải quyết (hệ thống tính)", days)));
    }

    /** The page of a dossier being resolved: what was received, and the form that records its resolution. */
    private static Form resolution(Dossier d, DossierResolution r) {
        return new Form("Giải quyết hồ sơ an toàn bức xạ", "/radiation/dossiers/" + d.id() + "/resolution", "/radiation/dossiers", List.of(
                Field.of("date", "resolvedOn", "Ngày giải quyết", r.resolvedOn(), true),
                Field.select("outcome", "Kết quả giải quyết", r.outcome(), SimplePages.options(DossierOutcome.values(), DossierOutcome::label), true),
                Field.reason(d.id())), r.version(), null, null, "radiation-dossier", d.id(),
                List.of(new Link("/radiation/dossiers/" + d.id() + "/edit", "Sửa thông tin tiếp nhận hồ sơ"))).ownedBy(RadiationFacilities.OWNER)
                .withFacts(List.of(Fact.of("Cơ sở", d.facilityName()), Fact.of("Nội dung", d.subject()), Fact.of("Ngày nhận", d.receivedOn()),
                        Fact.of("Tình trạng", "Đang giải quyết")));
    }
}
