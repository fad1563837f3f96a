package vn.gov.khcn.desk.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.gov.khcn.desk.ReportCalendar;
import vn.gov.khcn.desk.WorkQueues;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.identity.Role;

/**
 * The home page is the signed-in person's work: the director's reports to approve, the office's reports in progress
 * and the sections each unit still owes, a unit's own sections and what falls due in its registers.
 */
@Controller
class HomePage {
    /** How many deadlines the home page's card lists. */
    static final int NEXT = 5;
    private final WorkQueues queues;
    private final ReportCalendar calendar;
    private final Clock clock;

    HomePage(WorkQueues queues, ReportCalendar calendar, Clock clock) {
        this.queues = queues;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser u = CurrentUser.get();
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        model.addAttribute("role", u.role());
        model.addAttribute("nextDeadlines", calendar.next(today, NEXT));
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
