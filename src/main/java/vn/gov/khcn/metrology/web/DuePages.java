package vn.gov.khcn.metrology.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.khcn.metrology.Metrology;
import vn.gov.khcn.quality.IsoChecks;
import vn.gov.khcn.radiation.Radiation;
import vn.gov.khcn.shared.Unit;

/**
 * What falls due in the next 30 days or is overdue, per unit: instruments due for re-verification
 * (application centre), radiation licences expiring (technology & IP), ISO checks planned for the year
 * and not yet done (TĐC). Without a unit, all three.
 */
@Controller
class DuePages {
    static final int DAYS = 30;
    static final int LIMIT = 200;
    private final Metrology metrology;
    private final Radiation radiation;
    private final IsoChecks iso;
    private final Clock clock;

    DuePages(Metrology metrology, Radiation radiation, IsoChecks iso, Clock clock) {
        this.metrology = metrology;
        this.radiation = radiation;
        this.iso = iso;
        this.clock = clock;
    }

    @GetMapping("/due")
    String due(@RequestParam(required = false) Unit unit, @RequestParam(required = false) Integer year, Model model) {
        LocalDate today = LocalDate.now(clock);
        int y = year == null ? today.getYear() : year;
        boolean all = unit == null;
        model.addAttribute("unit", unit);
        model.addAttribute("units", List.of(Unit.CENTRE, Unit.TECHNOLOGY, Unit.TDC));
        model.addAttribute("today", today);
        model.addAttribute("days", DAYS);
        model.addAttribute("year", y);
        if (all || unit == Unit.CENTRE) {
            model.addAttribute("instruments", metrology.due(DAYS, LIMIT));
            model.addAttribute("instrumentCount", metrology.dueCount(DAYS));
        }
        if (all || unit == Unit.TECHNOLOGY) {
            model.addAttribute("licences", radiation.licencesExpiring(DAYS));
        }
        if (all || unit == Unit.TDC) {
            model.addAttribute("isoMissing", iso.plannedNotChecked(y));
        }
        return "metrology/due";
    }
}
