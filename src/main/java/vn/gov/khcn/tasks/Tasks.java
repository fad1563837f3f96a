package vn.gov.khcn.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.identity.AccessPolicy;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.records.PeriodLocks;
import vn.gov.khcn.shared.ConcurrentEditException;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.NotFoundException;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.VietnameseText;

/**
 * The S&T task register: the façade pages, the API and other areas use. Each write is one
 * transaction that checks access, the period locks and the task's lifecycle rules, writes, keeps the
 * status column in step and records the audit trail.
 */
@Service
public class Tasks {
    static final String AUDIT = "task";
    private static final String COLS = """
            t.id, t.code, t.title, t.kind, t.level, t.rural_management, t.start_year, t.host_id, t.investigator, t.field,
            t.duration_months, t.location, t.unit, t.status, t.version""";
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final PeriodLocks locks;
    private final Organisations organisations;
    private final Documents documents;
    private final TaskReads reads;
    private final Clock clock;
    private final CouncilsAndBudget sideRecords;

    Tasks(JdbcClient jdbc, AuditTrail audit, PeriodLocks locks, Organisations organisations, Documents documents, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.locks = locks;
        this.organisations = organisations;
        this.documents = documents;
        this.reads = new TaskReads(jdbc, organisations, documents);
        this.clock = clock;
        this.sideRecords = new CouncilsAndBudget(jdbc, audit, locks, documents, reads, clock);
    }

    // ---- reads ------------------------------------------------------------------------------------

    public TaskFacts facts(long id) {
        return jdbc.sql("select " + COLS + " from task t where t.id = :id").param("id", id).query(TaskFacts.class).optional()
                .orElseThrow(() -> new NotFoundException("nhiệm vụ", id));
    }

    public Optional<TaskFacts> findByCode(String code) {
        return jdbc.sql("select " + COLS + " from task t where t.code = :c").param("c", VietnameseText.clean(code))
                .query(TaskFacts.class).optional();
    }

    /** The aggregate: facts and every event, in the order recorded. */
    public Task load(long id) {
        return new Task(facts(id), reads.events(id));
    }

    public TaskDetails get(long id) {
        return reads.details(facts(id));
    }

    public PageResult<TaskSummary> search(TaskQuery q, int page, int size) {
        return reads.search(q, page, size);
    }

    /** Every task the list page's filters select, in its order, one at a time (for exports). */
    @Transactional(readOnly = true)
    public void stream(TaskQuery q, java.util.function.Consumer<TaskFacts> each) {
        reads.stream(q, COLS, each);
    }

    /** Counts of the tasks matching the filters, by status (key null: no event yet). */
    public Map<String, Long> countsByStatus(TaskQuery q) {
        return reads.countsByStatus(q);
    }

    public List<Rating> ratings() {
        return reads.ratings();
    }

    // ---- writes -----------------------------------------------------------------------------------

    @Transactional
    public TaskFacts create(TaskCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), Unit.SCIENCE);
        TaskFacts v = validate(c);
        if (findByCode(v.code()).isPresent()) {
            throw new DomainException("code", "Mã nhiệm vụ \"" + v.code() + "\" đã có.");
        }
        var kh = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into task(code, title, title_folded, kind, level, rural_management, start_year, host_id, investigator,
                                 investigator_folded, field, duration_months, location, unit)
                values (:code, :title, :tf, :kind, :level, :rm, :sy, :host, :inv, :invf, :field, :dur, :loc, :unit)""")
                .params(params(v)).param("unit", Unit.SCIENCE.name()).update(kh, "id");
        TaskFacts saved = facts(kh.getKey().longValue());
        audit.record(AUDIT, saved.id(), "CREATE", null, saved, VietnameseText.clean(c.reason()));
        return saved;
    }

    @Transactional
    public TaskFacts update(long id, TaskCommand c) {
        Task before = load(id);
        AccessPolicy.requireEdit(CurrentUser.get(), before.facts().unit());
        TaskFacts v = validate(c);
        findByCode(v.code()).filter(t -> t.id() != id).ifPresent(t -> {
            throw new DomainException("code", "Mã nhiệm vụ \"" + v.code() + "\" đã có.");
        });
        String reason = VietnameseText.clean(c.reason());
        locks.checkChange(AUDIT, id, before.activeEvents().stream().map(TaskEvent::date).collect(Collectors.toSet()), reason);
        int expected = c.version() == null ? before.facts().version() : c.version();
        int n = jdbc.sql("""
                update task set code = :code, title = :title, title_folded = :tf, kind = :kind, level = :level,
                       rural_management = :rm, start_year = :sy, host_id = :host, investigator = :inv,
                       investigator_folded = :invf, field = :field, duration_months = :dur, location = :loc,
                       version = version + 1
                where id = :id and version = :v""")
                .params(params(v)).param("id", id).param("v", expected).update();
        if (n == 0) {
            throw new ConcurrentEditException("Nhiệm vụ \"" + before.facts().title() + "\"", before.facts().toString());
        }
        TaskFacts after = facts(id);
        audit.record(AUDIT, id, "UPDATE", before.facts(), after, reason);
        return after;
    }

    /** Records an event after the lifecycle rules allow it; the status follows in the same transaction. */
    @Transactional
    public TaskEvent recordEvent(long taskId, EventCommand c) {
        Task task = load(taskId);
        AccessPolicy.requireEdit(CurrentUser.get(), task.facts().unit());
        Set<String> passing = reads.passingRatings();
        String rating = c.kind() == EventKind.ACCEPTED ? blankToNull(c.rating()) : null;
        if (rating != null && reads.ratings().stream().noneMatch(r -> r.code().equals(rating))) {
            throw new DomainException("rating", "Xếp loại \"" + rating + "\" không có trong danh mục xếp loại.");
        }
        List<Long> recipients = c.kind() == EventKind.RESULTS_TRANSFERRED && c.recipientIds() != null
                ? List.copyOf(new LinkedHashSet<>(c.recipientIds())) : List.of();
        task.checkNew(c.kind(), c.date(), rating, recipients, passing::contains);
        if (organisations.byIds(recipients).size() != recipients.size()) {
            throw new DomainException("recipientIds", "Có tổ chức nhận kết quả không có trong danh mục tổ chức.");
        }
        List<Long> docs = documentIds(c.documentIds(), c.documentNumber(), c.documentDate());
        String note = limit("note", c.note(), 2000);
        String reason = VietnameseText.clean(c.reason());
        locks.checkChange(AUDIT, taskId, List.of(c.date()), reason);
        long eventId = insertEvent(taskId, c.kind(), c.date(), rating, note, null, reason, docs, recipients);
        TaskEvent saved = reads.events(taskId).stream().filter(e -> e.id() == eventId).findFirst().orElseThrow();
        updateStatus(taskId);
        audit.record(AUDIT, taskId, "EVENT_" + c.kind().name(), null, saved, reason);
        return saved;
    }

    /** Voids an event recorded by mistake with a new CORRECTION event; nothing is updated or deleted. */
    @Transactional
    public TaskEvent correct(long taskId, CorrectionCommand c) {
        Task task = load(taskId);
        AccessPolicy.requireEdit(CurrentUser.get(), task.facts().unit());
        if (c.eventId() == null) {
            throw new DomainException("eventId", "Cần chọn sự kiện cần hủy.");
        }
        String reason = limit("reason", c.reason(), 2000);
        TaskEvent target = task.checkCorrection(c.eventId(), c.date(), reason, reads.passingRatings()::contains);
        locks.checkChange(AUDIT, taskId, List.of(target.date(), c.date()), reason);
        long id = insertEvent(taskId, EventKind.CORRECTION, c.date(), null, null, target.id(), reason, List.of(), List.of());
        updateStatus(taskId);
        TaskEvent saved = reads.events(taskId).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
        audit.record(AUDIT, taskId, "CORRECTION", target, saved, reason);
        return saved;
    }

    @Transactional
    public Council formCouncil(long taskId, CouncilCommand c) {
        return sideRecords.formCouncil(facts(taskId), c);
    }

    @Transactional
    public BudgetAmendment amendBudget(long taskId, BudgetCommand c) {
        return sideRecords.amendBudget(facts(taskId), c);
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private long insertEvent(long taskId, EventKind kind, LocalDate date, String rating, String note, Long corrects,
                             String reason, List<Long> docs, List<Long> recipients) {
        var kh = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into task_event(task_id, kind, event_date, rating, note, corrects_event_id, reason, recorded_at, recorded_by)
                values (:t, :k, :d, :r, :n, :c, :reason, :at, :by)""")
                .param("t", taskId).param("k", kind.name()).param("d", date).param("r", rating).param("n", note)
                .param("c", corrects).param("reason", reason).param("at", OffsetDateTime.now(clock))
                .param("by", CurrentUser.get().username()).update(kh, "id");
        long id = kh.getKey().longValue();
        for (Long d : docs) {
            jdbc.sql("insert into task_event_document(event_id, document_id) values (:e, :d)").param("e", id).param("d", d).update();
        }
        for (Long o : recipients) {
            jdbc.sql("insert into task_event_recipient(event_id, organisation_id) values (:e, :o)").param("e", id).param("o", o).update();
        }
        return id;
    }

    private void updateStatus(long taskId) {
        String status = Task.statusOf(Task.active(reads.events(taskId))).map(Enum::name).orElse(null);
        jdbc.sql("update task set status = :s, version = version + 1 where id = :id").param("s", status).param("id", taskId).update();
    }

    private List<Long> documentIds(List<Long> ids, String number, LocalDate date) {
        Set<Long> out = new LinkedHashSet<>();
        if (ids != null) {
            Set<Long> wanted = new HashSet<>(ids);
            wanted.remove(null);
            if (documents.byIds(wanted).size() != wanted.size()) {
                throw new DomainException("documentIds", "Có văn bản được chọn không có trong sổ văn bản.");
            }
            ids.stream().filter(java.util.Objects::nonNull).forEach(out::add);
        }
        String n = VietnameseText.clean(number);
        if (n != null) {
            if (date == null) {
                throw new DomainException("documentDate", "Cần nhập ngày của văn bản " + n + ".");
            }
            out.add(documents.find(n, date).orElseThrow(() -> new DomainException("documentNumber", "Văn bản " + n + " ngày "
                    + Formats.date(date) + " chưa có trong sổ văn bản: hãy vào sổ văn bản trước.")).id());
        }
        return List.copyOf(out);
    }

    private TaskFacts validate(TaskCommand c) {
        String code = limit("code", c.code(), 40);
        if (code == null) {
            throw new DomainException("code", "Cần nhập mã nhiệm vụ.");
        }
        String title = limit("title", c.title(), 1000);
        if (title == null) {
            throw new DomainException("title", "Cần nhập tên nhiệm vụ.");
        }
        if (c.kind() == null) {
            throw new DomainException("kind", "Cần chọn loại nhiệm vụ (đề tài, dự án…).");
        }
        if (c.level() == null) {
            throw new DomainException("level", "Cần chọn cấp quản lý của nhiệm vụ.");
        }
        RuralManagement rm = c.ruralManagement();
        if (c.level() == TaskLevel.RURAL_MOUNTAIN && rm == null) {
            throw new DomainException("ruralManagement", "Nhiệm vụ thuộc Chương trình nông thôn miền núi cần chọn Trung ương quản lý hay ủy quyền địa phương quản lý.");
        }
        if (c.level() != TaskLevel.RURAL_MOUNTAIN) {
            rm = null;
        }
        if (c.startYear() == null || c.startYear() < 1990 || c.startYear() > 2100) {
            throw new DomainException("startYear", "Cần nhập năm bắt đầu thực hiện (từ 1990 đến 2100).");
        }
        if (c.hostId() != null && organisations.find(c.hostId()).isEmpty()) {
            throw new DomainException("hostId", "Tổ chức chủ trì không có trong danh mục tổ chức.");
        }
        if (c.durationMonths() != null && (c.durationMonths() < 1 || c.durationMonths() > 120)) {
            throw new DomainException("durationMonths", "Thời gian thực hiện tính bằng tháng, từ 1 đến 120.");
        }
        return new TaskFacts(0, code, title, c.kind(), c.level(), rm, c.startYear(), c.hostId(), limit("investigator", c.investigator(), 200),
                limit("field", c.field(), 200), c.durationMonths(), limit("location", c.location(), 300), Unit.SCIENCE, null, 0);
    }

    private static Map<String, Object> params(TaskFacts v) {
        var m = new java.util.HashMap<String, Object>();
        m.put("code", v.code());
        m.put("title", v.title());
        m.put("tf", VietnameseText.fold(v.title()));
        m.put("kind", v.kind().name());
        m.put("level", v.level().name());
        m.put("rm", v.ruralManagement() == null ? null : v.ruralManagement().name());
        m.put("sy", v.startYear());
        m.put("host", v.hostId());
        m.put("inv", v.investigator());
        m.put("invf", VietnameseText.fold(v.investigator()));
        m.put("field", v.field());
        m.put("dur", v.durationMonths());
        m.put("loc", v.location());
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String limit(String field, String s, int max) {
        String t = VietnameseText.clean(s);
        if (t != null && t.length() > max) {
            throw new DomainException(field, "Giá trị dài quá " + max + " ký tự.");
        }
        return t;
    }
}
