package vn.gov.khcn.organisations.web;

import static vn.gov.khcn.shared.web.SimplePages.save;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.khcn.geography.Geography;
import vn.gov.khcn.organisations.Organisation;
import vn.gov.khcn.organisations.OrganisationCommand;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.organisations.OrganisationQuery;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.web.SimplePages;

@Controller
@RequestMapping("/organisations")
record OrganisationPages(Organisations organisations, Geography geography) {

    @GetMapping
    String list(OrganisationQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", organisations.search(query, Math.max(page, 0), 25));
        model.addAttribute("q", query.q());
        model.addAttribute("kind", query.kind());
        model.addAttribute("district", query.district());
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("commune", query.commune());
        model.addAttribute("districts", geography.districts());
        model.addAttribute("communes", geography.communes());
        model.addAttribute("base", SimplePages.base("/organisations", "q", query.q(), "kind", query.kind(), "district", query.district(), "commune", query.commune()));
        return "organisations/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        return form(model, OrganisationCommand.of(null, OrganisationKind.ENTERPRISE, null, null, null), null, null);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Organisation o = organisations.get(id);
        return form(model, new OrganisationCommand(o.name(), o.kind(), o.districtCode(), o.communeCode(), o.taxCode(), o.version(),
                o.formerCommune()), id, null);
    }

    @PostMapping
    String create(OrganisationCommand c, Model model, RedirectAttributes ra) {
        return save(() -> organisations.record(c).id(), "/organisations/", "Đã thêm tổ chức.", e -> form(model, c, null, e), ra);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, OrganisationCommand c, Model model, RedirectAttributes ra) {
        return save(() -> organisations.correct(id, c).id(), "/organisations/", "Đã lưu.", e -> form(model, c, id, e), ra);
    }

    private String form(Model model, OrganisationCommand c, Long id, DomainException error) {
        model.addAttribute("cmd", c);
        model.addAttribute("id", id);
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("districts", geography.districts());
        model.addAttribute("communes", geography.communes());
        model.addAttribute("error", error == null ? null : error.getMessage());
        model.addAttribute("errorField", error == null ? null : error.field());
        return "organisations/form";
    }
}
