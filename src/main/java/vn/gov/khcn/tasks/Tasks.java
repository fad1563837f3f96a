package vn.gov.khcn.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.records.RecordType;
import vn.gov.khcn.records.RecordWrites;
import vn.gov.khcn.records.Register;
import vn.gov.khcn.shared.Check;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.Rows;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.VietnameseText;
import vn.gov.khcn.vocabulary.Vocabularies;
import vn.gov.khcn.vocabulary.VocabularyEntry;
import vn.gov.khcn.vocabulary.VocabularyList;

/**
 * The S&T task register: the façade pages, the API and other areas use. A task's facts are recorded and corrected
 * here; its life (events and their corrections, {@link TaskLife}) and its councils and budget
 * ({@link CouncilsAndBudget}) are children written while the task is held. Every write goes through the task's
 * {@link Register} (access, required version, issued periods, audit, all under the audit name "task").
 */
@Service
public class Tasks {
    static final String AUDIT = "task";
    private static final String COLS = """
            t.id, t.code, t.title, t.kind, t.level, t.rural_management, t.start_year, t.host_id, t.investigator, t.field,
            t.duration_months, t.location, t.unit, t.status, t.version""";
    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final TaskReads reads;
    private final Register<TaskFacts> tasks;
    private final TaskLife life;
    private final CouncilsAndBudget sideRecords;
    private final Vocabularies vocabularies;

    Tasks(JdbcClient jdbc, RecordWrites writes, Organisations organisations, Documents documents, Vocabularies vocabularies, Clock clock) {
        this.jdbc = jdbc;
        this.vocabularies = vocabularies;
        this.organisations = organisations;
        this.reads = new TaskReads(jdbc, organisations, documents);
        // a task's facts count in reports by the dates of its events (what an indicator reads)
        this.tasks = writes.register(new RecordType<>(AUDIT, "nhiệm vụ", "task", TaskFacts::unit, t -> load(t.id()).activeDates(),
                TaskFacts::title), this::facts);
        TaskChildren children = new TaskChildren(tasks, this::facts);
        this.life = new TaskLife(jdbc, writes, children, reads, organisations, documents, clock);
        this.sideRecords = new CouncilsAndBudget(jdbc, writes, children, reads, documents, clock, vocabularies);
    }

    // ---- reads ------------------------------------------------------------------------------------

    public TaskFacts facts(long id) {
        return RecordSql.get(jdbc, TaskFacts.class, "select " + COLS + " from task t where t.id = :id", id, "nhiệm vụ");
    }

    public Optional<TaskFacts> findByCode(String code) {
        return jdbc.sql("select " + COLS + " from task t where t.code = :c").param("c", VietnameseText.clean(code))
                .query(Rows.of(TaskFacts.class)).optional();
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
    public void stream(TaskQuery q, Consumer<TaskFacts> each) {
        reads.stream(q, COLS, each);
    }

    /** Counts of the tasks matching the filters, by status (key null: no event yet). */
    public Map<String, Long> countsByStatus(TaskQuery q) {
        return reads.countsByStatus(q);
    }

    /**
     * Tasks under execution (contracted, no acceptance council yet) whose contract ends on or before {@code until}:
     * the latest contract's date plus the task's duration; soonest end first. Tasks without a duration are left out.
     */
    public List<ContractEnd> contractsEndingBy(LocalDate until) {
        return jdbc.sql("""
                select t.id, t.code, t.title, t.unit, t.duration_months, t.status, max(e.event_date) as contracted_on
                from task t join task_event_active e on e.task_id = t.id and e.kind = 'CONTRACTED'
                where t.duration_months is not null
                  and t.status in ('CONTRACTED', 'PROGRESS_CHECKED', 'ADJUSTMENT_REQUESTED', 'ADJUSTED', 'EXTENDED')
                group by t.id, t.code, t.title, t.unit, t.duration_months, t.status""")
                .query((rs, i) -> {
                    LocalDate on = rs.getObject("contracted_on", LocalDate.class);
                    int months = rs.getInt("duration_months");
                    return new ContractEnd(rs.getLong("id"), rs.getString("code"), rs.getString("title"), Unit.valueOf(rs.getString("unit")),
                            on, months, on.plusMonths(months), "EXTENDED".equals(rs.getString("status")));
                })
                .list().stream().filter(c -> !c.endsOn().isAfter(until))
                .sorted(java.util.Comparator.comparing(ContractEnd::endsOn).thenComparing(ContractEnd::code)).toList();
    }

    /** The ratings a council may give now (not retired), in order: what the event form and the API offer. */
    public List<Rating> ratings() {
        return reads.currentRatings();
    }

    /** The task levels a new task may have (not retired), in order: what the task form offers. */
    public List<VocabularyEntry> levels() {
        return vocabularies.current(VocabularyList.TASK_LEVEL);
    }

    /** Every level, retired ones too, in order: what a list's filter offers. */
    public List<VocabularyEntry> allLevels() {
        return vocabularies.entries(VocabularyList.TASK_LEVEL);
    }

    /** The levels' labels by code, retired ones too: what lists and pages print. */
    public Map<String, String> levelLabels() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        allLevels().forEach(e -> m.put(e.code(), e.label()));
        return m;
    }

    /** The council kinds a form offers, label by code: the current ones, and {@code kept} even if retired since. */
    public Map<String, String> councilKindChoices(CouncilKind kept) {
        return vocabularies.pickable(VocabularyList.COUNCIL_KIND, kept == null ? null : kept.code());
    }

    /** Every council kind's label by its code, retired ones too: what pages, exports and reports print. */
    public Map<String, String> councilKindLabels() {
        return vocabularies.labels(VocabularyList.COUNCIL_KIND);
    }

    /** The label of a level as it prints, retired or not ("Cấp tỉnh"). */
    public String levelLabel(TaskLevel level) {
        return level == null ? "" : vocabularies.label(VocabularyList.TASK_LEVEL, level.code());
    }

    // ---- writes -----------------------------------------------------------------------------------

    @Transactional
    public TaskFacts record(TaskCommand c) {
        return tasks.add(Unit.SCIENCE, c.reason(), "cùng mã nhiệm vụ", () -> RecordSql.insert(jdbc, """
                insert into task(code, title, title_folded, kind, level, rural_management, start_year, host_id, investigator,
                                 investigator_folded, field, duration_months, location, unit)
                values (:code, :title, :titleFolded, :kind, :level, :ruralManagement, :startYear, :hostId, :investigator,
                        :investigatorFolded, :field, :durationMonths, :location, :unit)""", validate(c, null)));
    }

    @Transactional
    public TaskFacts correct(long id, TaskCommand c) {
        return tasks.change(id, c.version(), c.reason(), before -> RecordSql.update(jdbc, """
                update task set code = :code, title = :title, title_folded = :titleFolded, kind = :kind, level = :level,
                       rural_management = :ruralManagement, start_year = :startYear, host_id = :hostId, investigator = :investigator,
                       investigator_folded = :investigatorFolded, field = :field, duration_months = :durationMonths,
                       location = :location where id = :id""", id, validate(c, id)));
    }

    /** Records an event after the task's life allows it; the status follows in the same transaction. */
    @Transactional
    public TaskEvent recordEvent(long taskId, EventCommand c) {
        return life.record(taskId, c);
    }

    /** Voids an event recorded by mistake with a new CORRECTION event; nothing is updated or deleted. */
    @Transactional
    public TaskEvent voidEvent(long taskId, CorrectionCommand c) {
        return life.voidEvent(taskId, c);
    }

    @Transactional
    public Council formCouncil(long taskId, CouncilCommand c) {
        return sideRecords.formCouncil(taskId, c);
    }

    @Transactional
    public BudgetAmendment amendBudget(long taskId, BudgetCommand c) {
        return sideRecords.amendBudget(taskId, c);
    }

    // ---- validation -------------------------------------------------------------------------------

    /** A task's facts as the register stores them: checked and cleaned, with folded texts for search. */
    private record Valid(String code, String title, String titleFolded, TaskKind kind, String level, RuralManagement ruralManagement,
                         int startYear, Long hostId, String investigator, String investigatorFolded, String field,
                         Integer durationMonths, String location, Unit unit) {
    }

    private Valid validate(TaskCommand c, Long id) {
        String code = Check.text("code", "mã nhiệm vụ", c.code(), 40);
        String title = Check.text("title", "tên nhiệm vụ", c.title(), 1000);
        TaskKind kind = Check.chosen("kind", "loại nhiệm vụ (đề tài, dự án…)", c.kind());
        TaskLevel level = Check.chosen("level", "cấp quản lý của nhiệm vụ", c.level());
        // a saved task keeps a level retired since; a new task, or a new level, is one of the current levels
        if (id == null || !level.equals(facts(id).level())) {
            level = new TaskLevel(vocabularies.resolve(VocabularyList.TASK_LEVEL, "level", level.code()).code());
        }
        RuralManagement rm = TaskLevel.RURAL_MOUNTAIN.equals(level) ? c.ruralManagement() : null;
        if (TaskLevel.RURAL_MOUNTAIN.equals(level) && rm == null) {
            throw new DomainException("ruralManagement", "Nhiệm vụ thuộc Chương trình nông thôn miền núi cần chọn Trung ương quản lý hay ủy quyền địa phương quản lý.");
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
        findByCode(code).filter(t -> id == null || t.id() != id).ifPresent(t -> {
            throw new DomainException("code", "Mã nhiệm vụ \"" + code + "\" đã có.");
        });
        String investigator = Check.optionalText("investigator", "họ tên chủ nhiệm", c.investigator(), 200);
        return new Valid(code, title, VietnameseText.fold(title), kind, level.code(), rm, c.startYear(), c.hostId(), investigator,
                VietnameseText.fold(investigator), Check.optionalText("field", "lĩnh vực", c.field(), 200), c.durationMonths(),
                Check.optionalText("location", "địa điểm", c.location(), 300), Unit.SCIENCE);
    }
}
