package vn.gov.khcn.reporting;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.identity.Role;
import vn.gov.khcn.reporting.internal.ReportStore;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Unit;

/**
 * The narrative sections of a report by the unit that writes each: which are still empty, which its unit has marked
 * done ("Đã xong"), and the marks themselves. A section is marked done or reopened only by the staff of its own unit
 * (the office marks the office's sections, never another unit's), while the report is a draft; every mark is audited.
 * A report is submitted and issued only when every section is done ({@link Reports#openSections}).
 */
@Service
public class ReportSections {
    private final Reports reports;
    private final ReportTexts texts;
    private final ReportStore store;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ReportSections(Reports reports, ReportTexts texts, ReportStore store, JdbcClient jdbc, AuditTrail audit) {
        this.reports = reports;
        this.texts = texts;
        this.store = store;
        this.jdbc = jdbc;
        this.audit = audit;
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

    /** The slots not yet marked done (written or not), by unit, in template order: what the units still owe. */
    public Map<Unit, List<String>> notDone(Report r) {
        Map<Unit, List<String>> owed = new java.util.TreeMap<>();
        reports.openSections(r).forEach(o -> owed.computeIfAbsent(o.unit(), u -> new ArrayList<>()).add(o.slot()));
        return owed;
    }

    /** The sections marked done, by slot. */
    public Map<String, ReportStore.SectionDone> done(long id) {
        return store.doneSections(id);
    }

    /** May the user mark this unit's sections done or reopen them? Only the staff of that unit (the office its own). */
    public static boolean canMark(CurrentUser u, Unit slotUnit) {
        return (u.role() == Role.UNIT_STAFF || u.role() == Role.OFFICE || u.role() == Role.ADMIN) && u.unit() != null && u.unit() == slotUnit;
    }

    /**
     * Marks the section done ({@code done}) or reopens it; refused for another unit's section, a section not yet
     * written, or a report that is no longer a draft. Marking a section already done (or reopening one already open)
     * changes nothing. Returns whether anything changed.
     */
    @Transactional
    public boolean mark(long id, String slot, boolean done) {
        Report r = reports.get(id);
        Reports.requireDraft(r);
        Unit unit = reports.slots(r).get(slot);
        if (unit == null) {
            throw new DomainException("slot", "Mẫu báo cáo không có mục \"" + slot + "\".");
        }
        String heading = reports.slotHeadings(r).getOrDefault(slot, slot);
        CurrentUser me = CurrentUser.get();
        if (!canMark(me, unit)) {
            throw new AccessDeniedException("Mục \"" + heading + "\" do " + unit.label() + " viết: chỉ cán bộ của đơn vị đó đánh dấu xong hoặc mở lại được.");
        }
        ReportStore.SectionDone before = store.doneSections(id).get(slot);
        if (done) {
            if (before != null) {
                return false;
            }
            var n = texts.narratives(id).get(slot);
            if (n == null || n.body() == null || n.body().isBlank()) {
                throw new DomainException("slot", "Mục \"" + heading + "\" chưa viết: viết và lưu trước khi đánh dấu \"Đã xong\".");
            }
            jdbc.sql("insert into report_section_done(report_id, slot, unit, marked_by, marked_at) values (:r, :s, :u, :b, :at)")
                    .param("r", id).param("s", slot).param("u", unit.name()).param("b", me.username()).param("at", OffsetDateTime.now()).update();
            audit.record("report", id, "SECTION_DONE", null, store.doneSections(id).get(slot));
            return true;
        }
        if (before == null) {
            return false;
        }
        ReportTexts.reopen(jdbc, audit, id, before, null);
        return true;
    }
}
