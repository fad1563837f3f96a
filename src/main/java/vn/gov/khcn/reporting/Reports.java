package vn.gov.khcn.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.documents.Document;
import vn.gov.khcn.documents.DocumentType;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.documents.OutgoingDocument;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.reporting.internal.ReportStore;
import vn.gov.khcn.reporting.internal.ReportTemplate;
import vn.gov.khcn.reporting.internal.SnapshotStore;
import vn.gov.khcn.shared.ConcurrentEditException;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.NotFoundException;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.VietnameseText;

/** The report records and their workflow: create, set the header, submit, approve or return, issue. What units write is {@link ReportTexts}. */
@Service
public class Reports {
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ReportStore store;
    private final ReportSettings settings;
    private final ReportTemplates templates;
    private final ReportEngine engine;
    private final SnapshotStore snapshots;
    private final UserAccounts accounts;
    private final Documents documents;

    Reports(JdbcClient jdbc, AuditTrail audit, ReportStore store, ReportSettings settings, ReportTemplates templates,
            ReportEngine engine, SnapshotStore snapshots, UserAccounts accounts, Documents documents) {
        this.accounts = accounts;
        this.documents = documents;
        this.jdbc = jdbc;
        this.audit = audit;
        this.store = store;
        this.settings = settings;
        this.templates = templates;
        this.engine = engine;
        this.snapshots = snapshots;
    }

    public Report get(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("báo cáo", id));
    }

    public List<Report> search(Integer year, ReportKind kind, ReportStatus status) {
        return store.search(year, kind, status);
    }

    /** Changes to records of an issued report's period recorded after issue, with their reasons: beside the report, not in its text. */
    public List<ReportStore.Restatement> restatements(long id) {
        return store.restatements(id);
    }

    /** Records written into the report's period after its cut-off day while it was submitted, approved or issued. */
    public List<LateEntry> lateEntries(long id) {
        return store.lateEntries(id);
    }

    /** The steps of the report's life (create, submit, return, approve, issue), oldest first, each with its reason. */
    public List<ReportStep> history(long id) {
        Map<String, String> names = new java.util.HashMap<>();
        List<AuditTrail.AuditEntry> entries = new java.util.ArrayList<>(audit.history("report", id));
        java.util.Collections.reverse(entries);
        return entries.stream().filter(e -> ReportStep.LABELS.containsKey(e.action()))
                .map(e -> new ReportStep(e.at(), e.username(),
                        names.computeIfAbsent(e.username(), u -> accounts.find(u).map(vn.gov.khcn.identity.UserView::fullName).orElse(null)),
                        e.action(), e.reason()))
                .toList();
    }

    /** The reason of the last return, while the report is a draft again after it; else null. */
    public String returnReason(Report r) {
        if (r.status() != ReportStatus.DRAFT) {
            return null;
        }
        List<ReportStep> h = history(r.id());
        return h.isEmpty() || !h.get(h.size() - 1).action().equals("RETURN") ? null : h.get(h.size() - 1).reason();
    }

    /** The narrative slots of the report's template with the unit that writes each. */
    public Map<String, Unit> slots(Report r) {
        return ReportTemplate.parse(templates.get(r.kind()).source()).slots();
    }

    /** The heading each narrative slot of the report's template is written under, as the report page names it. */
    public Map<String, String> slotHeadings(Report r) {
        try {
            return ReportTemplate.parse(templates.get(r.kind()).source())
                    .slotHeadings(ReportEngine.vars(new ReportPeriod(r.kind(), r.period(), r.cutOffDay()), settings.get()));
        } catch (RuntimeException e) {
            // a stored template that no longer parses: the report page says so; the sections keep a plain name
            return Map.of();
        }
    }

    /**
     * The narrative sections of a draft not yet marked done by their unit, in template order (empty when the
     * template does not parse: the report page and the checks say so).
     */
    public List<OpenSection> openSections(Report r) {
        Map<String, Unit> slots;
        try {
            slots = slots(r);
        } catch (RuntimeException e) {
            return List.of();
        }
        var done = store.doneSections(r.id());
        var written = store.narratives(r.id());
        Map<String, String> headings = slotHeadings(r);
        List<OpenSection> out = new java.util.ArrayList<>();
        slots.forEach((slot, unit) -> {
            if (!done.containsKey(slot)) {
                var n = written.get(slot);
                out.add(new OpenSection(slot, headings.getOrDefault(slot, "Phần thuyết minh"), unit, n != null && n.body() != null && !n.body().isBlank()));
            }
        });
        return out;
    }

    @Transactional
    public Report create(ReportKind kind, YearMonth month, LocalDate reportDate) {
        requireOffice();
        DepartmentSettings s = settings.complete();
        ReportPeriod p = new ReportPeriod(kind, month, s.cutOffDay());
        if (store.find(kind, month).isPresent()) {
            throw new DomainException("period", kind.title(month) + " đã có.");
        }
        LocalDate date = reportDate == null ? p.monthRange().end().plusDays(1) : reportDate;
        jdbc.sql("""
                insert into report(kind, period, cut_off_day, month_start, month_end, ytd_start, ytd_end, status, symbol, report_date, place,
                                   signer_name, signer_title, recipients, created_by)
                values (:k, :p, :c, :ms, :me, :ys, :ye, 'DRAFT', :sy, :d, :pl, :sn, :st, :r, :u)""")
                .param("k", kind.name()).param("p", month.toString()).param("c", s.cutOffDay())
                .param("ms", p.monthRange().start()).param("me", p.monthRange().end())
                .param("ys", kind.hasYtd() ? p.ytdRange().start() : null).param("ye", kind.hasYtd() ? p.ytdRange().end() : null)
                .param("sy", s.symbol()).param("d", date).param("pl", s.place()).param("sn", s.signerName()).param("st", s.signerTitle())
                .param("r", s.recipients()).param("u", CurrentUser.get().username()).update();
        Report r = store.find(kind, month).orElseThrow();
        audit.record("report", r.id(), "CREATE", null, r);
        return r;
    }

    @Transactional
    public Report submit(long id, int version) {
        Report r = get(id);
        ReportReadiness.require(engine.view(r), openSections(r), "trình");
        return move(r, ReportStatus.SUBMITTED, version, "SUBMIT");
    }

    /** A step refused because of findings or open sections; the report page links each open section's form. */
    public static final class NotReadyException extends DomainException {
        private final transient List<OpenSection> open;

        NotReadyException(String field, String message, List<OpenSection> open) {
            super(field, message);
            this.open = List.copyOf(open);
        }

        public List<OpenSection> open() {
            return open;
        }
    }

    @Transactional
    public Report approve(long id, int version) {
        return move(get(id), ReportStatus.APPROVED, version, "APPROVE");
    }

    /**
     * Sends a submitted report back to draft (the director, or the office withdrawing it), or an approved one (the
     * director only), always with the reason, which is kept in the report's history and shown to the office.
     */
    @Transactional
    public Report returnToDraft(long id, int version, String reason) {
        String why = VietnameseText.clean(reason);
        if (why == null || why.isBlank()) {
            throw new DomainException("reason", "Cần nêu lý do trả lại báo cáo.");
        }
        if (why.length() > 2000) {
            throw new DomainException("reason", "Lý do trả lại dài quá 2.000 ký tự.");
        }
        return move(get(id), ReportStatus.DRAFT, version, "RETURN", why);
    }

    /**
     * Issues the report in one transaction: the next number of the department's outgoing register for the year
     * of its date (shared with every outgoing document, {@link Documents#registerOutgoing}), the report filed as a
     * document of the register under that number, the frozen figures with the records behind each, the status, and
     * the report's whole text as it reads now (kept, so a later change of template, settings or records does not
     * change it). Anything failing leaves the report as it was and files nothing.
     */
    @Transactional
    public Report issue(long id, int version) {
        org.slf4j.LoggerFactory.getLogger(Reports.class).info("Issuing report {} (user {})", id, CurrentUser.get().username());
        // held first: a write into its period that is still open finishes before the figures are computed
        jdbc.sql("select id from report where id = :id for update").param("id", id).query(Long.class).list();
        Report r = get(id);
        check(r, ReportStatus.ISSUED);
        int year = r.reportDate().getYear();
        ReportEngine.View v = engine.view(r);
        ReportReadiness.require(v, openSections(r), "ban hành");
        snapshots.freeze(id, v.figures());
        Document filed = documents.registerOutgoing(new OutgoingDocument(r.symbol(), DocumentType.REPORT, r.reportDate(),
                documentSummary(r, v), r.signerName(), "/reports/" + id, r.title()));
        int number = filed.number();
        int n;
        try {
            n = jdbc.sql("update report set status = 'ISSUED', number = :n, number_year = :y, document_id = :d, version = version + 1 "
                            + "where id = :id and version = :v")
                    .param("n", number).param("y", year).param("d", filed.id()).param("id", id).param("v", version).update();
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // another report of the same year was issued at the same moment and took this number
            throw new DomainException("number", "Số " + number + " năm " + year + " vừa được cấp cho một báo cáo khác ban hành cùng lúc: "
                    + "báo cáo này chưa ban hành, không có gì thay đổi. Hãy bấm ban hành lại để nhận số tiếp theo.");
        }
        if (n == 0) {
            throw new ConcurrentEditException("Báo cáo " + r.kind().label() + " " + r.period(), r.toString());
        }
        Report after = get(id);
        engine.freezeText(after);
        audit.record("report", id, "ISSUE", r, after);
        org.slf4j.LoggerFactory.getLogger(Reports.class).info("Report {} issued as number {}/{}", id, number, year);
        return after;
    }

    /** The summary (trích yếu) of an issued report in the document register: "Báo cáo kết quả hoạt động … năm 2021". */
    private static String documentSummary(Report r, ReportEngine.View v) {
        String subject = v.rendered() == null ? null : v.rendered().subject();
        if (subject == null || subject.isBlank()) {
            return r.title();
        }
        if (VietnameseText.fold(subject).startsWith("bao cao")) {
            return subject;
        }
        return "Báo cáo " + Character.toLowerCase(subject.charAt(0)) + subject.substring(1);
    }

    /** The document an issued report was filed as in the document register, if it was. */
    public java.util.Optional<Document> document(long id) {
        return jdbc.sql("select document_id from report where id = :id and document_id is not null").param("id", id)
                .query(Long.class).optional().flatMap(documents::find);
    }

    private Report move(Report r, ReportStatus next, int version, String action) {
        return move(r, next, version, action, null);
    }

    private Report move(Report r, ReportStatus next, int version, String action, String reason) {
        check(r, next);
        int n = jdbc.sql("update report set status = :s, version = version + 1 where id = :id and version = :v")
                .param("s", next.name()).param("id", r.id()).param("v", version).update();
        if (n == 0) {
            throw new ConcurrentEditException("Báo cáo " + r.kind().label() + " " + r.period(), r.toString());
        }
        Report after = get(r.id());
        audit.record("report", r.id(), action, r, after, reason);
        return after;
    }

    private static void check(Report r, ReportStatus next) {
        if (!r.status().canTransitionTo(next)) {
            throw new DomainException("status", "Báo cáo đang ở trạng thái \"" + r.status().label() + "\": không chuyển sang \""
                    + next.label() + "\" được.");
        }
        if (!r.status().mayMove(next, CurrentUser.get().role())) {
            if (next == ReportStatus.DRAFT && r.status() == ReportStatus.APPROVED) {
                throw new AccessDeniedException("Báo cáo đã được Giám đốc duyệt: chỉ Giám đốc trả lại được.");
            }
            throw new AccessDeniedException("Bạn không có quyền chuyển báo cáo sang \"" + next.label() + "\".");
        }
    }

    static void requireDraft(Report r) {
        if (r.status() != ReportStatus.DRAFT) {
            throw new DomainException("status", "Báo cáo đang ở trạng thái \"" + r.status().label() + "\": chỉ sửa được khi là dự thảo.");
        }
    }

    static void requireOffice() {
        if (!ReportSettings.canEdit(CurrentUser.get())) {
            throw new AccessDeniedException("Chỉ Văn phòng hoặc quản trị được lập và sửa báo cáo.");
        }
    }
}
