package vn.gov.khcn.desk.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.khcn.desk.ReportCalendar;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.reporting.ReportDeadlines;
import vn.gov.khcn.reporting.ReportKind;
import vn.gov.khcn.reporting.ReportSettings;
import vn.gov.khcn.shared.DomainException;

/**
 * The reporting calendar of a year: each kind's periods with their window, deadline and report, the records written
 * late into a submitted or issued one; the office and administrators set each kind's deadline here.
 */
@Controller
record CalendarPage(ReportCalendar calendar, ReportDeadlines deadlines, ReportSettings settings, Clock clock) {

    @GetMapping("/calendar")
    String calendar(@RequestParam(required = false) Integer year, Model model) {
        LocalDate today = LocalDate.now(clock);
        int y = year == null ? today.getYear() : year;
        if (y < 2000 || y > 2100) {
            throw new DomainException("year", "Năm " + y + " nằm ngoài khoảng 2000–2100.");
        }
        model.addAttribute("year", y);
        model.addAttribute("today", today);
        model.addAttribute("cutOffDay", settings.get().cutOffDay());
        model.addAttribute("periods", calendar.year(y));
        model.addAttribute("deadlines", deadlines.all());
        model.addAttribute("kinds", ReportKind.values());
        model.addAttribute("canEdit", ReportSettings.canEdit(CurrentUser.get()));
        return "desk/calendar";
    }

    @PostMapping("/calendar/deadlines")
    String deadlines(@RequestParam Map<String, String> form, @RequestParam(required = false) Integer year, RedirectAttributes ra) {
        Map<ReportKind, Integer> days = new EnumMap<>(ReportKind.class);
        try {
            for (ReportKind k : ReportKind.values()) {
                String v = form.get("days." + k.name());
                if (v != null && !v.isBlank()) {
                    try {
                        days.put(k, Integer.parseInt(v.strip()));
                    } catch (NumberFormatException e) {
                        throw new DomainException("days." + k.name(), "Hạn gửi " + k.label().toLowerCase(java.util.Locale.ROOT)
                                + " \"" + v + "\" không phải một số ngày.");
                    }
                }
            }
            deadlines.update(days);
            ra.addFlashAttribute("notice", "Đã lưu hạn gửi báo cáo.");
        } catch (DomainException e) {
            ra.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/calendar" + (year == null ? "" : "?year=" + year);
    }
}
