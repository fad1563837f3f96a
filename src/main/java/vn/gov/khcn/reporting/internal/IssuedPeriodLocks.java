package vn.gov.khcn.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.records.PeriodLocks;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.Rows;
import vn.gov.khcn.shared.VietnameseText;

/**
 * Locks the periods (month and year to date) of issued reports: a change to a record dated inside one
 * needs a reason, which is recorded as a restatement note against each such report.
 */
@Component
class IssuedPeriodLocks implements PeriodLocks {
    private final JdbcClient jdbc;
    private final Clock clock;

    IssuedPeriodLocks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Locked(long id, Integer number, String symbol, String status, LocalDate monthStart, LocalDate monthEnd, LocalDate ytdStart, LocalDate ytdEnd) {
        boolean covers(LocalDate d) {
            return !d.isBefore(monthStart) && !d.isAfter(monthEnd)
                    || ytdStart != null && !d.isBefore(ytdStart) && !d.isAfter(ytdEnd);
        }

        String periodText() {
            return ytdStart == null ? Formats.reportDate(monthStart) + "–" + Formats.reportDate(monthEnd)
                    : Formats.reportDate(ytdStart) + "–" + Formats.reportDate(ytdEnd);
        }
    }

    /**
     * A write dated inside the period of a report already submitted, approved or issued, made after that report's
     * cut-off day, is noted against the report (the latest such date of the write): the calendar warns of it.
     */
    private void recordLateEntries(String entityType, long entityId, List<LocalDate> ds, LocalDate lo, LocalDate hi) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        List<Locked> reports = jdbc.sql("""
                select id, number, symbol, status, month_start, month_end, ytd_start, ytd_end from report
                where status in ('SUBMITTED', 'APPROVED', 'ISSUED') and month_end < :today
                  and (month_start <= :hi and month_end >= :lo or ytd_start is not null and ytd_start <= :hi and ytd_end >= :lo)
                order by id""").param("today", today).param("lo", lo).param("hi", hi).query(Rows.of(Locked.class)).list();
        for (Locked l : reports) {
            ds.stream().filter(l::covers).max(LocalDate::compareTo).ifPresent(d -> jdbc.sql("""
                    insert into late_entry(report_id, at, username, entity_type, entity_id, record_date)
                    values (:r, :at, :u, :t, :e, :d)""").param("r", l.id()).param("at", now).param("u", CurrentUser.get().username())
                    .param("t", entityType).param("e", entityId).param("d", d).update());
        }
    }

    @Override
    public void checkChange(String entityType, long entityId, Collection<LocalDate> dates, String reason) {
        List<LocalDate> ds = dates.stream().filter(Objects::nonNull).toList();
        if (ds.isEmpty()) {
            return;
        }
        LocalDate lo = ds.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate hi = ds.stream().max(LocalDate::compareTo).orElseThrow();
        // The approved and issued reports whose periods reach these dates are held until this write commits: an
        // approved one cannot be issued past it (issuing holds its report first, then computes its figures).
        List<Locked> held = jdbc.sql("""
                select id, number, symbol, status, month_start, month_end, ytd_start, ytd_end from report
                where status in ('APPROVED', 'ISSUED')
                  and (month_start <= :hi and month_end >= :lo or ytd_start is not null and ytd_start <= :hi and ytd_end >= :lo)
                order by id for update""").param("lo", lo).param("hi", hi).query(Rows.of(Locked.class)).list();
        recordLateEntries(entityType, entityId, ds, lo, hi);
        List<Locked> locked = held.stream().filter(l -> "ISSUED".equals(l.status()) && ds.stream().anyMatch(l::covers)).toList();
        if (locked.isEmpty()) {
            return;
        }
        String why = VietnameseText.clean(reason);
        if (why == null) {
            Locked l = locked.get(0);
            throw new DomainException("reason", "Kỳ báo cáo " + l.periodText() + " đã ban hành (Báo cáo số "
                    + vn.gov.khcn.documents.DocumentNumber.outgoing(l.number()) + "/" + l.symbol() + "): cần nêu lý do thay đổi.");
        }
        for (Locked l : locked) {
            jdbc.sql("insert into report_restatement(report_id, at, username, entity_type, entity_id, reason) values (:r, :at, :u, :t, :e, :why)")
                    .param("r", l.id()).param("at", OffsetDateTime.now(clock)).param("u", CurrentUser.get().username())
                    .param("t", entityType).param("e", entityId).param("why", why.length() > 2000 ? why.substring(0, 2000) : why).update();
        }
    }
}
