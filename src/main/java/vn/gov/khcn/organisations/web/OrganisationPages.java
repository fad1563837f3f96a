package vn.gov.khcn.organisations.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.gov.khcn.organisations.Organisation;
import vn.gov.khcn.organisations.OrganisationCommand;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.shared.DomainException;


@Controller
@RequestMapping("/organisations")
class OrganisationPages {
    private final Organisations organisations;

    OrganisationPages(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) OrganisationKind kind,
                @RequestParam(required = false) String district, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", organisations.search(q, kind, district, Math.max(page, 0), 25));
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("district", district);
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("districts", organisations.districts());
        model.addAttribute("base", UriComponentsBuilder.fromPath("/organisations").queryParamIfPresent("q", java.util.Optional.ofNullable(q))
                .queryParamIfPresent("kind", java.util.Optional.ofNullable(kind)).queryParamIfPresent("district", java.util.Optional.ofNullable(district))
                .encode().toUriString());
        return "organisations/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        return form(model, new OrganisationCommand(null, OrganisationKind.ENTERPRISE, null, null, null, null), null, null);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Organisation o = organisations.get(id);
        return form(model, new OrganisationCommand(o.name(), o.kind(), o.district(), o.commune(), o.taxCode(), o.version()), id, null);
    }

    @PostMapping
    String create(OrganisationCommand cmd, Model model, RedirectAttributes ra) {
        try {
            Organisation o = organisations.create(cmd);
            ra.addFlashAttribute("notice", "Đã thêm tổ chức \"" + o.name() + "\".");
            return "redirect:/organisations";
        } catch (DomainException e) {
            return form(model, cmd, null, e);
        }
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, OrganisationCommand cmd, Model model, RedirectAttributes ra) {
        try {
            organisations.update(id, cmd);
            ra.addFlashAttribute("notice", "Đã lưu.");
            return "redirect:/organisations";
        } catch (DomainException e) {
            return form(model, cmd, id, e);
        }
    }

    private String form(Model model, OrganisationCommand cmd, Long id, DomainException error) {
        model.addAttribute("cmd", cmd);
        model.addAttribute("id", id);
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("error", error == null ? null : error.getMessage());
        model.addAttribute("errorField", error == null ? null : error.field());
        return "organisations/form";
    }

}
