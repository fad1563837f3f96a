package vn.gov.khcn.desk.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.khcn.desk.ReportCalendar;
import vn.gov.khcn.desk.WorkQueues;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.identity.Role;
import vn.gov.khcn.reporting.MonthlyFigures;
import vn.gov.khcn.reporting.Reports;

/**
 * The home page is the signed-in person's work: the director's reports to approve, the office's reports in progress
 * and the sections each unit still owes, a unit's own sections and what falls due in its registers.
 */
@Controller
record HomePage(WorkQueues queues, ReportCalendar calendar, MonthlyFigures figures, Reports reports, Clock clock) {
    /** How many deadlines the home page's card lists. */
    static final int NEXT = 5;

    @GetMapping("/")
    String home(@RequestParam(required = false) Integer year, Model model) {
        CurrentUser u = CurrentUser.get();
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        model.addAttribute("role", u.role());
        model.addAttribute("nextDeadlines", calendar.next(today, NEXT));
        // the charts show the year asked for, else the year of the latest report, else this year
        int y = year != null && year >= 2000 && year <= 2100 ? year
                : reports.search(null, null, null).stream().findFirst().map(r -> r.period().getYear()).orElse(today.getYear());
        model.addAttribute("chartYear", y);
        model.addAttribute("charts", figures.charts(y, y < today.getYear() ? 12 : today.getMonthValue()));
        if (u.is(Role.DIRECTOR) || u.is(Role.ADMIN)) {
            model.addAttribute("toApprove", queues.awaitingApproval());
        }
        if (u.is(Role.OFFICE) || u.is(Role.ADMIN)) {
            model.addAttribute("inProgress", queues.inProgress());
        }
        if (u.is(Role.UNIT_STAFF) && u.unit() != null) {
            model.addAttribute("unit", u.unit());
            model.addAttribute("owed", queues.owedBy(u.unit()));
            model.addAttribute("due", queues.dueFor(u.unit(), today));
        }
        return "home";
    }
}
