package vn.gov.khcn.testing;

import java.time.YearMonth;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.reporting.Report;
import vn.gov.khcn.reporting.ReportKind;
import vn.gov.khcn.reporting.ReportStatus;
import vn.gov.khcn.reporting.Reports;

/**
 * The demo's nine-months report of September 2021 taken through its workflow to issued (once per database), so
 * that its periods — 17/8–16/9/2021 and 17/12/2020–16/9/2021 — are locked. For databases of their own only.
 */
public final class IssuedSeptemberReport {
    private IssuedSeptemberReport() {
    }

    /** Each unit first marks its sections done (as {@link SectionsDone}), then the office submits, the director approves, the office issues. */
    public static Report issue(Reports reports, vn.gov.khcn.reporting.ReportSections sections, UserAccounts accounts) {
        Report r = reports.search(2021, ReportKind.NINE_MONTHS, null).stream().filter(x -> x.period().equals(YearMonth.of(2021, 9)))
                .findFirst().orElseThrow();
        try {
            if (r.status() == ReportStatus.DRAFT) {
                SectionsDone.markAll(reports, sections, accounts, r.id());
                as(accounts, "vanphong");
                r = reports.submit(r.id(), r.version());
            }
            if (r.status() == ReportStatus.SUBMITTED) {
                as(accounts, "giamdoc");
                r = reports.approve(r.id(), r.version());
            }
            if (r.status() == ReportStatus.APPROVED) {
                as(accounts, "vanphong");
                r = reports.issue(r.id(), r.version());
            }
            return r;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void as(UserAccounts accounts, String username) {
        var p = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(p, null, p.getAuthorities()));
    }
}
