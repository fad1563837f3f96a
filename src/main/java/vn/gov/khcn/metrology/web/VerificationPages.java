package vn.gov.khcn.metrology.web;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.gov.khcn.identity.AccessPolicy;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.metrology.Metrology;
import vn.gov.khcn.metrology.Verification;
import vn.gov.khcn.metrology.VerificationCommand;
import vn.gov.khcn.metrology.VerificationFilter;
import vn.gov.khcn.metrology.VerificationKind;
import vn.gov.khcn.metrology.VerificationResult;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.shared.DomainException;

@Controller
@RequestMapping("/metrology/verifications")
class VerificationPages {
    private final Metrology metrology;
    private final Organisations organisations;

    VerificationPages(Metrology metrology, Organisations organisations) {
        this.metrology = metrology;
        this.organisations = organisations;
    }

    @GetMapping
    String list(@RequestParam(required = false) String type, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) VerificationResult result, @RequestParam(required = false) Long owner,
                @RequestParam(required = false) String serial,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "0") int page, Model model) {
        VerificationFilter f = new VerificationFilter(type, year, result, owner, serial, from, to);
        model.addAttribute("page", metrology.search(f, Math.max(page, 0), 25));
        model.addAttribute("f", f);
        model.addAttribute("types", metrology.types());
        model.addAttribute("results", VerificationResult.values());
        model.addAttribute("owners", organisations.choices(null, owner));
        model.addAttribute("canEdit", AccessPolicy.canEdit(CurrentUser.get(), Metrology.OWNER));
        model.addAttribute("base", UriComponentsBuilder.fromPath("/metrology/verifications")
                .queryParamIfPresent("type", Optional.ofNullable(type).filter(s -> !s.isBlank()))
                .queryParamIfPresent("year", Optional.ofNullable(year)).queryParamIfPresent("result", Optional.ofNullable(result))
                .queryParamIfPresent("owner", Optional.ofNullable(owner))
                .queryParamIfPresent("serial", Optional.ofNullable(serial).filter(s -> !s.isBlank()))
                .queryParamIfPresent("from", Optional.ofNullable(from)).queryParamIfPresent("to", Optional.ofNullable(to))
                .encode().toUriString());
        return "metrology/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        return form(model, new VerificationCommand(null, null, null, null, VerificationKind.PERIODIC, VerificationResult.PASS,
                null, null, null, null), null, null);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Verification v = metrology.get(id);
        model.addAttribute("record", v);
        return form(model, new VerificationCommand(v.typeCode(), v.serial(), v.ownerId(), v.verifiedOn(), v.kind(), v.result(),
                v.stampNo(), v.performedBy(), v.version(), null), id, null);
    }

    @PostMapping
    String create(VerificationCommand cmd, Model model, RedirectAttributes ra) {
        try {
            Verification v = metrology.record(cmd);
            ra.addFlashAttribute("notice", "Đã vào sổ kiểm định " + v.serial() + ".");
            return "redirect:/metrology/verifications/" + v.id();
        } catch (DomainException e) {
            return form(model, cmd, null, e);
        }
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, VerificationCommand cmd, Model model, RedirectAttributes ra) {
        try {
            metrology.correct(id, cmd);
            ra.addFlashAttribute("notice", "Đã lưu.");
            return "redirect:/metrology/verifications/" + id;
        } catch (DomainException e) {
            model.addAttribute("record", metrology.get(id));
            return form(model, cmd, id, e);
        }
    }

    private String form(Model model, VerificationCommand cmd, Long id, DomainException error) {
        model.addAttribute("cmd", cmd);
        model.addAttribute("id", id);
        model.addAttribute("types", metrology.types());
        model.addAttribute("kinds", VerificationKind.values());
        model.addAttribute("results", VerificationResult.values());
        model.addAttribute("owners", organisations.choices(null, cmd.ownerId()));
        model.addAttribute("canEdit", AccessPolicy.canEdit(CurrentUser.get(), Metrology.OWNER));
        model.addAttribute("error", error == null ? null : error.getMessage());
        model.addAttribute("errorField", error == null ? null : error.field());
        return "metrology/form";
    }
}
