package vn.gov.khcn.reporting;

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
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.VietnameseText;

/**
 * What people write into a draft report: each unit its narrative sections, the office the planned items of
 * section III. Text only (the template language is the template's), audited, while the report is a draft.
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

    @Transactional
    public void saveNarrative(long id, String slot, String body) {
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
}
