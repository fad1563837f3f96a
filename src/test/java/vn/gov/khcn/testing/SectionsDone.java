package vn.gov.khcn.testing;

import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.gov.khcn.reporting.Report;
import vn.gov.khcn.reporting.ReportSections;
import vn.gov.khcn.reporting.Reports;
import vn.gov.khcn.shared.Unit;

/** Every written section of a draft marked done, each by a demo account of the unit that writes it, as the units would. */
public final class SectionsDone {
    /** The demo account of each unit that writes sections. */
    public static final Map<Unit, String> WRITERS = Map.of(Unit.OFFICE, "vanphong", Unit.SCIENCE, "qlkh", Unit.TECHNOLOGY, "qlcn",
            Unit.TDC, "tdc", Unit.INSPECTORATE, "thanhtra", Unit.CENTRE, "trungtam");

    private SectionsDone() {
    }

    /** Marks every section of the report done, each as its unit; the one acting before acts again after. */
    public static Report markAll(Reports reports, ReportSections sections, UserDetailsService users, long reportId) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        try {
            Report r = reports.get(reportId);
            reports.slots(r).forEach((slot, unit) -> {
                var u = users.loadUserByUsername(WRITERS.get(unit));
                SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
                sections.mark(reportId, slot, true);
            });
            return reports.get(reportId);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
