package vn.gov.khcn.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.identity.Role;
import vn.gov.khcn.reporting.internal.Inline;
import vn.gov.khcn.reporting.internal.ReportStore;
import vn.gov.khcn.shared.ConcurrentEditException;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.VietnameseText;

/**
 * What people write into a draft report: each unit its narrative sections, the office the planned items of
 * section III and the header (date, place, signer, recipients). Text only (the template language is the template's), audited, while the report is a draft.
 */
@Service
public class ReportTexts {
    private final Reports reports;
    private final ReportStore store;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ReportTexts(Reports reports, ReportStore store, JdbcClient jdbc, AuditTrail audit) {
        this.reports = reports;
        this.store = store;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public Map<String, ReportStore.Narrative> narratives(long id) {
        return store.narratives(id);
    }

    public List<String> planned(long id) {
        return store.planned(id);
    }

    /** May the user write this slot? The office and administrators write every slot; unit staff only their unit's. */
    public static boolean canWrite(CurrentUser u, Unit slotUnit) {
        return u.role() == Role.ADMIN || u.role() == Role.OFFICE || (u.role() == Role.UNIT_STAFF && u.unit() == slotUnit);
    }

    /**
     * Saves a narrative section. A changed text in a section its unit had marked done reopens it (it must be marked
     * done again before the report is submitted); returns whether it did.
     */
    @Transactional
    public boolean saveNarrative(long id, String slot, String body) {
        Report r = reports.get(id);
        Reports.requireDraft(r);
        Unit unit = reports.slots(r).get(slot);
        if (unit == null) {
            throw new DomainException("slot", "Mẫu báo cáo không có mục \"" + slot + "\".");
        }
        if (!canWrite(CurrentUser.get(), unit)) {
            throw new AccessDeniedException("Mục \"" + slot + "\" do " + unit.label() + " viết.");
        }
        String text = VietnameseText.clean(body);
        if (text != null && text.length() > 20000) {
            throw new DomainException("body", "Nội dung mục \"" + slot + "\" dài quá 20.000 ký tự.");
        }
        if (text != null) {
            text.lines().forEach(line -> checkText(line, Inline.Language.NARRATIVE, "body", "Mục \"" + slot + "\""));
        }
        ReportStore.Narrative before = store.narratives(id).get(slot);
        if (before == null) {
            jdbc.sql("insert into report_narrative(report_id, slot, unit, body) values (:r, :s, :u, :b)")
                    .param("r", id).param("s", slot).param("u", unit.name()).param("b", text == null ? "" : text).update();
        } else {
            jdbc.sql("update report_narrative set body = :b, version = version + 1 where report_id = :r and slot = :s")
                    .param("b", text == null ? "" : text).param("r", id).param("s", slot).update();
        }
        audit.record("report", id, "NARRATIVE", before, Map.of("slot", slot, "body", text == null ? "" : text));
        ReportStore.SectionDone done = store.doneSections(id).get(slot);
        String was = before == null ? "" : before.body();
        if (done != null && !was.equals(text == null ? "" : text)) {
            reopen(jdbc, audit, id, done, "Nội dung mục được sửa sau khi đã đánh dấu xong.");
            return true;
        }
        return false;
    }

    /** Reopens a section marked done (its unit reopening it, or its text changed after it), audited with the reason. */
    static void reopen(JdbcClient jdbc, AuditTrail audit, long id, ReportStore.SectionDone before, String reason) {
        jdbc.sql("delete from report_section_done where report_id = :r and slot = :s").param("r", id).param("s", before.slot()).update();
        audit.record("report", id, "SECTION_REOPEN", before, Map.of("slot", before.slot(), "done", false), reason);
    }

    /** Replaces the planned items of section III: one item a line (or a paragraph), numbered in order. */
    @Transactional
    public void savePlanned(long id, List<String> items) {
        Reports.requireOffice();
        Report r = reports.get(id);
        Reports.requireDraft(r);
        List<String> before = store.planned(id);
        jdbc.sql("delete from report_planned_item where report_id = :r").param("r", id).update();
        int pos = 1;
        for (String item : items) {
            String t = VietnameseText.clean(item);
            if (t != null) {
                checkText(t, Inline.Language.PLANNED, "items", "Nhiệm vụ " + pos);
                jdbc.sql("insert into report_planned_item(report_id, position, body) values (:r, :p, :b)")
                        .param("r", id).param("p", pos++).param("b", t).update();
            }
        }
        audit.record("report", id, "PLANNED", before, store.planned(id));
    }

    /**
     * What people write is text: a narrative may use bold, italic and footnotes ^{detail: …}, a planned item also
     * figures {…}; anything else of the template language (a narrative included with [[narrative:…]]) is refused.
     */
    private static void checkText(String text, Inline.Language language, String field, String what) {
        try {
            Inline.check(text, language);
        } catch (DomainException e) {
            throw new DomainException(field, what + ": " + e.getMessage());
        }
    }

    /**
     * Changes a draft's heading and signature block: its date and place, the signer's name and title, the recipients
     * ("Nơi nhận"). The office only, while the report is a draft; the date may not fall before the end of the
     * report's month (its figures are counted up to then) nor more than a year after.
     */
    @Transactional
    public Report updateHeader(long id, int version, LocalDate reportDate, String place, String signerName, String signerTitle,
                               String recipients) {
        Reports.requireOffice();
        Report r = reports.get(id);
        Reports.requireDraft(r);
        if (reportDate == null) {
            throw new DomainException("reportDate", "Cần ngày báo cáo.");
        }
        if (reportDate.isBefore(r.reportPeriod().monthRange().end())) {
            throw new DomainException("reportDate", "Ngày báo cáo " + vn.gov.khcn.shared.Formats.date(reportDate)
                    + " trước ngày chốt số liệu của kỳ (" + vn.gov.khcn.shared.Formats.date(r.reportPeriod().monthRange().end()) + ").");
        }
        if (reportDate.isAfter(r.reportPeriod().monthRange().end().plusYears(1))) {
            throw new DomainException("reportDate", "Ngày báo cáo " + vn.gov.khcn.shared.Formats.date(reportDate)
                    + " cách kỳ báo cáo quá một năm.");
        }
        String pl = required(place, "place", "Địa danh", 100);
        String sn = required(signerName, "signerName", "Họ tên người ký", 200);
        String st = String.join("\n", SignerTitle.lines(required(signerTitle, "signerTitle", "Chức vụ người ký", 200), "signerTitle"));
        String rc = required(recipients, "recipients", "Nơi nhận", 2000);
        int n = jdbc.sql("""
                update report set report_date = :d, place = :pl, signer_name = :sn, signer_title = :st, recipients = :rc,
                       version = version + 1
                where id = :id and version = :v""")
                .param("d", reportDate).param("pl", pl).param("sn", sn).param("st", st).param("rc", rc).param("id", id).param("v", version)
                .update();
        if (n == 0) {
            throw new ConcurrentEditException("Báo cáo " + r.kind().label() + " " + r.period(), r.toString());
        }
        Report after = reports.get(id);
        audit.record("report", id, "HEADER", r, after);
        return after;
    }

    private static String required(String value, String field, String label, int max) {
        String v = VietnameseText.clean(value);
        if (v == null || v.isBlank()) {
            throw new DomainException(field, "Cần " + label.toLowerCase(java.util.Locale.ROOT) + ".");
        }
        if (v.length() > max) {
            throw new DomainException(field, label + " dài quá " + max + " ký tự.");
        }
        return v;
    }
}
