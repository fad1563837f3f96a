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
import vn.gov.khcn.radiation.Licences;
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
    private final Licences licences;
    private final IsoChecks iso;
    private final Clock clock;

    DuePages(Metrology metrology, Licences licences, IsoChecks iso, Clock clock) {
        this.metrology = metrology;
        this.licences = licences;
        this.iso = iso;
        this.clock = clock;
    }

    @GetMapping("/due")
    String due(@RequestParam(required = false) Unit unit, @RequestParam(required = false) Integer year,
               @RequestParam(required = false) String export, Model model, jakarta.servlet.http.HttpServletResponse res) {
        LocalDate today = LocalDate.now(clock);
        if (vn.gov.khcn.shared.web.Downloads.requested(export)) {
            // the file holds every instrument due, not only the first LIMIT the page shows
            vn.gov.khcn.shared.web.Downloads.table(res, export, "phuong-tien-do-den-han", "Den han", List.of("Hạn kiểm định", "Tình trạng",
                    "Số hiệu", "Loại phương tiện đo", "Chủ sở hữu", "Kiểm định lần cuối"), sink -> metrology.due(DAYS, Integer.MAX_VALUE)
                    .forEach(d -> sink.accept(new Object[] {d.nextDueOn(), d.overdue() ? "Quá hạn" : "Sắp đến hạn", d.serial(), d.typeName(),
                            d.ownerName(), d.verifiedOn()})));
            return null;
        }
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
            model.addAttribute("licences", licences.expiring(DAYS));
        }
        if (all || unit == Unit.TDC) {
            model.addAttribute("isoMissing", iso.plannedNotChecked(y));
        }
        return "metrology/due";
    }
}
