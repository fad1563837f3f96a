package vn.gov.khcn.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.gov.khcn.shared.Unit;

/** Which narrative sections of a report are still empty, by the unit that writes each: what the units still owe. */
@Service
public class ReportSections {
    private final Reports reports;
    private final ReportTexts texts;

    ReportSections(Reports reports, ReportTexts texts) {
        this.reports = reports;
        this.texts = texts;
    }

    /** The slots of the report's template with no text yet (none saved, or saved blank), by unit, in template order. */
    public Map<Unit, List<String>> unwritten(Report r) {
        var written = texts.narratives(r.id());
        Map<Unit, List<String>> owed = new java.util.TreeMap<>();
        reports.slots(r).forEach((slot, unit) -> {
            var n = written.get(slot);
            if (n == null || n.body() == null || n.body().isBlank()) {
                owed.computeIfAbsent(unit, u -> new ArrayList<>()).add(slot);
            }
        });
        return owed;
    }
}
