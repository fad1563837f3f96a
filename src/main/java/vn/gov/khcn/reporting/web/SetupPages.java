package vn.gov.khcn.reporting.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.reporting.DepartmentSettings;
import vn.gov.khcn.reporting.ReportSettings;
import vn.gov.khcn.reporting.SettingsCommand;
import vn.gov.khcn.shared.ConcurrentEditException;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.VersionRequiredException;

/**
 * The set-up page: the department describes itself once, in one form (header lines, symbol, place, signer,
 * recipients, web site, cut-off day, legal basis). An administrator is led here while a setting is missing.
 */
@Controller
@RequestMapping("/setup")
record SetupPages(ReportSettings settings) {

    @GetMapping
    String form(Model model) {
        DepartmentSettings s = settings.get();
        return page(model, SettingsCommand.of(s), s, null, null);
    }

    @PostMapping
    String save(SettingsCommand cmd, Model model, RedirectAttributes ra) {
        try {
            DepartmentSettings after = settings.update(cmd);
            ra.addFlashAttribute("notice", "Đã lưu thiết lập của Sở: báo cáo in theo các thông tin này.");
            if (!after.complete()) {
                return "redirect:/setup";
            }
            // the home page says what a new department fills in next (its units, vocabularies, records, reports)
            ra.addFlashAttribute("setupDone", true);
            return "redirect:/";
        } catch (DomainException e) {
            return page(model, cmd, settings.get(), e.getMessage(), e.field());
        } catch (VersionRequiredException | ConcurrentEditException e) {
            DepartmentSettings now = settings.get();
            return page(model, SettingsCommand.of(now), now, e.getMessage(), null);
        }
    }

    private static String page(Model model, SettingsCommand shown, DepartmentSettings stored, String error, String field) {
        model.addAttribute("s", shown);
        model.addAttribute("missing", stored.missing());
        model.addAttribute("canEdit", ReportSettings.canEdit(CurrentUser.get()));
        model.addAttribute("isAdmin", CurrentUser.get().role() == vn.gov.khcn.identity.Role.ADMIN);
        if (error != null || !model.containsAttribute("error")) {
            // a refusal carried here from another page (SetupGuide) is kept
            model.addAttribute("error", error);
        }
        model.addAttribute("errorField", field);
        model.addAttribute("action", "/setup");
        return "setup";
    }
}
