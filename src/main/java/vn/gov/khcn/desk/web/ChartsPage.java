package vn.gov.khcn.desk.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.khcn.reporting.MonthlyFigures;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.NotFoundException;
import vn.gov.khcn.shared.web.Downloads;

/** A chart's numbers as a file: month by month, the year's and the previous year's, as computed for the chart. */
@Controller
record ChartsPage(MonthlyFigures figures) {

    @GetMapping("/charts/{key}")
    void export(@PathVariable String key, @RequestParam int year, @RequestParam(defaultValue = "12") int through,
                @RequestParam(defaultValue = "csv") String export, HttpServletResponse res) {
        MonthlyFigures.Figure f = MonthlyFigures.figure(key).orElseThrow(() -> new NotFoundException("biểu đồ", key));
        if (year < 2000 || year > 2100 || through < 1 || through > 12) {
            throw new DomainException("year", "Năm phải từ 2000 đến 2100 và tháng từ 1 đến 12.");
        }
        Downloads.requested(export);
        MonthlyFigures.Chart c = figures.chart(f, year, through).orElseThrow(() -> new NotFoundException("biểu đồ", key));
        Downloads.table(res, export, "so-lieu-" + key + "-" + year, "So lieu", List.of("Tháng", f.title() + " năm " + year,
                f.title() + " năm " + (year - 1)), sink -> c.months().forEach(m -> sink.accept(new Object[] {"Tháng " + m.month(),
                m.value() == null ? "" : m.value(), m.previous()})));
    }
}
