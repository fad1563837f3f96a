package vn.gov.khcn.reporting.web;

import java.time.YearMonth;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.reporting.ReportEngine;
import vn.gov.khcn.reporting.ReportKind;
import vn.gov.khcn.reporting.ReportPeriod;
import vn.gov.khcn.reporting.ReportSettings;
import vn.gov.khcn.reporting.ReportTemplates;
import vn.gov.khcn.reporting.SettingsCommand;
import vn.gov.khcn.shared.DomainException;

/** The department's report settings and the template editor (a textarea and a preview). */
@Controller
@RequestMapping("/reports")
record ReportSettingsPages(ReportSettings settings, ReportTemplates templates, ReportEngine engine) {

    @GetMapping("/settings")
    String settings(Model model) {
        model.addAttribute("s", SettingsCommand.of(settings.get()));
        model.addAttribute("canEdit", ReportSettings.canEdit(CurrentUser.get()));
        model.addAttribute("action", "/reports/settings");
        return "reports/settings";
    }

    @PostMapping("/settings")
    String saveSettings(SettingsCommand cmd, Model model, RedirectAttributes ra) {
        try {
            settings.update(cmd);
            ra.addFlashAttribute("notice", "Đã lưu thiết lập báo cáo.");
            return "redirect:/reports/settings";
        } catch (DomainException e) {
            model.addAttribute("s", cmd);
            model.addAttribute("canEdit", true);
            model.addAttribute("action", "/reports/settings");
            model.addAttribute("error", e.getMessage());
            return "reports/settings";
        }
    }

    @GetMapping("/templates/{kind}")
    String template(@PathVariable String kind, @RequestParam(required = false) String period, Model model) {
        ReportKind k = ReportKind.ofCode(kind).orElseThrow(() -> new DomainException("kind", "Loại báo cáo không có."));
        var t = templates.get(k);
        return editor(model, k, t.source(), t.version(), period, null);
    }

    @PostMapping("/templates/{kind}")
    String saveTemplate(@PathVariable String kind, @RequestParam String source, @RequestParam int version,
                        @RequestParam(required = false) String period, @RequestParam(defaultValue = "save") String action,
                        Model model, RedirectAttributes ra) {
        ReportKind k = ReportKind.ofCode(kind).orElseThrow(() -> new DomainException("kind", "Loại báo cáo không có."));
        try {
            if (action.equals("preview")) {
                return editor(model, k, source, version, period, null);
            }
            templates.update(k, source, version);
            ra.addFlashAttribute("notice", "Đã lưu mẫu " + k.label() + ".");
            return "redirect:/reports/templates/" + k.code();
        } catch (DomainException e) {
            return editor(model, k, source, version, period, e.getMessage());
        }
    }

    private String editor(Model model, ReportKind k, String source, int version, String period, String error) {
        YearMonth month = defaultMonth(k, period);
        model.addAttribute("kind", k);
        model.addAttribute("kinds", ReportKind.values());
        model.addAttribute("source", source);
        model.addAttribute("version", version);
        model.addAttribute("period", month.toString());
        model.addAttribute("canEdit", ReportSettings.canEdit(CurrentUser.get()));
        model.addAttribute("error", error);
        try {
            model.addAttribute("preview", engine.preview(k, month, source));
        } catch (DomainException e) {
            model.addAttribute("error", e.getMessage());
        }
        return "reports/template";
    }

    private static YearMonth defaultMonth(ReportKind k, String period) {
        if (period != null && !period.isBlank()) {
            YearMonth m = ReportPeriod.parseMonth(period);
            if (k.allowsMonth(m.getMonthValue())) {
                return m;
            }
        }
        return switch (k) {
            case MONTH, NINE_MONTHS, QUARTER -> YearMonth.of(2021, 9);
            case HALF_YEAR -> YearMonth.of(2021, 6);
            case YEAR -> YearMonth.of(2021, 12);
        };
    }
}
