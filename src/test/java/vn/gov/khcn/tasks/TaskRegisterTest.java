package vn.gov.khcn.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.gov.khcn.documents.DocumentCommand;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.shared.ConcurrentEditException;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.VersionRequiredException;
import vn.gov.khcn.testing.Concurrently;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;
import vn.gov.khcn.testing.OneStored;

/**
 * The task register where the database is the point: what a write stores (or, refused, leaves as it was), search,
 * versions, audit, access, and the order of a task's life under concurrency. The rules of the life itself are
 * {@link TaskLifecycleTest}'s.
 */
class TaskRegisterTest {
    @Nested
    @OnH2
    class OnEmbeddedDatabase extends TaskRegisterContract {
    }

    @Nested
    @OnPostgres
    class OnPostgreSql extends TaskRegisterContract {
    }
}

abstract class TaskRegisterContract {
    private static final AtomicInteger SEQ = new AtomicInteger();
    @Autowired
    Tasks tasks;
    @Autowired
    Organisations organisations;
    @Autowired
    Documents documents;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;

    TaskFacts newTask(String title) {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8) + "-" + SEQ.incrementAndGet();
        return tasks.record(TaskCommand.of(code, title, TaskKind.RESEARCH, TaskLevel.PROVINCIAL, null, 2031, null,
                "Người thử (demo)", "Nông nghiệp", 24, "Cao Bằng"));
    }

    TaskEvent event(long task, EventKind kind, String date) {
        return tasks.recordEvent(task, new EventCommand(kind, LocalDate.parse(date), null, null, List.of(), null, null, List.of(), null));
    }

    TaskEvent accepted(long task, String date, String rating) {
        return tasks.recordEvent(task, new EventCommand(EventKind.ACCEPTED, LocalDate.parse(date), rating, null, List.of(), null, null, List.of(), null));
    }

    long eventCount(long task) {
        return jdbc.sql("select count(*) from task_event where task_id = :t").param("t", task).query(Long.class).single();
    }

    /** The event is refused with the message, and nothing of the task changes. */
    void refused(long task, EventKind kind, String date, String message) {
        TaskFacts before = tasks.facts(task);
        long events = eventCount(task);
        assertThatThrownBy(() -> event(task, kind, date)).isInstanceOf(DomainException.class).hasMessage(message);
        assertThat(eventCount(task)).isEqualTo(events);
        assertThat(tasks.facts(task)).isEqualTo(before);
    }

    TaskFacts contracted(String title) {
        TaskFacts t = newTask(title);
        event(t.id(), EventKind.LISTED, "2031-01-15");
        event(t.id(), EventKind.APPROVED, "2031-03-01");
        event(t.id(), EventKind.CONTRACTED, "2031-03-15");
        return t;
    }

    @Test
    void twentyClerksRecordingTheAcceptanceOfOneTaskAtOnceStoreOne() {
        var clerk = accounts.loadUserByUsername("qlkh");
        TaskFacts t = Concurrently.run(1, clerk, n -> {
            TaskFacts c = contracted("Nghiệm thu đồng thời");
            event(c.id(), EventKind.ACCEPTANCE_COUNCIL_FORMED, "2031-05-01");
            return c;
        }).get(0).result();
        List<Concurrently.Outcome<TaskEvent>> outcomes = Concurrently.run(20, clerk,
                n -> accepted(t.id(), "2031-05-" + (10 + n % 5), n % 2 == 0 ? "PASSED" : "GOOD"));
        OneStored.theRestRefused(outcomes, DomainException.class, "đã được nghiệm thu");
        assertThat(jdbc.sql("select count(*) from task_event where task_id = :t and kind = 'ACCEPTED'").param("t", t.id())
                .query(Long.class).single()).isOne();
        assertThat(Concurrently.run(1, clerk, n -> tasks.facts(t.id())).get(0).result().status()).isEqualTo("ACCEPTED");
    }

    @Test
    void twentyClerksContractingAndTerminatingOneTaskAtOnceNeverContractAfterTheEnd() {
        var clerk = accounts.loadUserByUsername("qlkh");
        TaskFacts t = Concurrently.run(1, clerk, n -> {
            TaskFacts c = newTask("Hợp đồng hay dừng");
            event(c.id(), EventKind.LISTED, "2031-01-15");
            event(c.id(), EventKind.APPROVED, "2031-03-01");
            return c;
        }).get(0).result();
        List<Concurrently.Outcome<TaskEvent>> outcomes = Concurrently.run(20, clerk,
                n -> event(t.id(), n % 2 == 0 ? EventKind.CONTRACTED : EventKind.TERMINATED, "2031-03-15"));
        // one contract and one termination at most, and never a contract after the termination
        List<String> kinds = jdbc.sql("select kind from task_event where task_id = :t and kind in ('CONTRACTED', 'TERMINATED') order by id")
                .param("t", t.id()).query(String.class).list();
        assertThat(kinds).isIn(List.of("TERMINATED"), List.of("CONTRACTED", "TERMINATED"));
        assertThat(outcomes).filteredOn(Concurrently.Outcome::ok).hasSize(kinds.size());
        assertThat(outcomes).filteredOn(o -> !o.ok()).allSatisfy(o -> assertThat(o.error()).isInstanceOf(DomainException.class));
    }

    @Test
    void twentyClerksRecordingTheSameTaskAtOnceStoreItOnce() {
        String code = "T-ĐỒNG-THỜI-" + UUID.randomUUID().toString().substring(0, 8);
        List<Concurrently.Outcome<TaskFacts>> outcomes = Concurrently.run(20, accounts.loadUserByUsername("qlkh"),
                n -> tasks.record(TaskCommand.of(code, "Nhiệm vụ nhập đồng thời", TaskKind.RESEARCH, TaskLevel.PROVINCIAL, null, 2031,
                        null, null, null, null, null)));
        OneStored.theRestRefused(outcomes, DomainException.class, "đã có");
        assertThat(jdbc.sql("select count(*) from task where code = :c").param("c", code).query(Long.class).single()).isOne();
    }

    @Test
    void twentyBudgetsOfOneTaskAtOnceNeverGoBackInTime() {
        var clerk = accounts.loadUserByUsername("qlkh");
        long doc = Concurrently.run(1, clerk, n -> documents.findOrRegister(DocumentCommand.of("84/QĐ-UBND", null, LocalDate.parse("2021-01-15"),
                "UBND tỉnh", null)).id()).get(0).result();
        TaskFacts t = Concurrently.run(1, clerk, n -> newTask("Kinh phí đồng thời")).get(0).result();
        Concurrently.run(20, clerk, n -> tasks.amendBudget(t.id(), new BudgetCommand(LocalDate.of(2031, 1, 1).plusDays(n), 1_000L + n, 0L, doc,
                null, null)));
        List<LocalDate> inOrderOfRecording = jdbc.sql("select amended_on from task_budget_amendment where task_id = :t order by id")
                .param("t", t.id()).query(LocalDate.class).list();
        assertThat(inOrderOfRecording).isNotEmpty().isSorted();
    }

    @Test
    @WithUserDetails("qlkh")
    void aCorrectionOfTheFactsNamesTheVersionItWasMadeFrom() {
        TaskFacts t = newTask("Sửa không phiên bản");
        TaskCommand c = command(t, "Hòa An");
        assertThatThrownBy(() -> tasks.correct(t.id(), new TaskCommand(c.code(), c.title(), c.kind(), c.level(), null, c.startYear(), null,
                null, null, null, "Hòa An", null, null))).isInstanceOf(VersionRequiredException.class);
        assertThat(tasks.facts(t.id()).location()).isEqualTo("Cao Bằng");
    }

    @Test
    @WithUserDetails("qlkh")
    void aRefusedEventWritesNothingAndLeavesTheTaskAsItWas() {
        TaskFacts t = newTask("Nghiệm thu sớm");
        event(t.id(), EventKind.LISTED, "2031-01-15");
        event(t.id(), EventKind.APPROVED, "2031-03-01");
        TaskFacts before = tasks.facts(t.id());
        assertThatThrownBy(() -> accepted(t.id(), "2031-06-01", "PASSED")).isInstanceOf(DomainException.class)
                .hasMessage("Chưa có hợp đồng (CONTRACTED): không thể ghi nhận nghiệm thu.");
        assertThat(eventCount(t.id())).isEqualTo(2);
        assertThat(tasks.facts(t.id())).isEqualTo(before);
        assertThat(before.status()).isEqualTo("APPROVED");
    }

    @Test
    @WithUserDetails("qlkh")
    void resultsHandedOverKeepTheirRecipients() {
        TaskFacts t = contracted("Đã cấp giấy chứng nhận");
        event(t.id(), EventKind.ACCEPTANCE_COUNCIL_FORMED, "2031-05-01");
        accepted(t.id(), "2031-05-10", "EXCELLENT");
        event(t.id(), EventKind.RESULTS_RECOGNISED, "2031-05-20");
        event(t.id(), EventKind.CERTIFIED, "2031-06-01");
        refused(t.id(), EventKind.TERMINATED, "2031-07-01", "Nhiệm vụ đã được cấp giấy chứng nhận (CERTIFIED) ngày 01/06/2031: "
                + "chỉ còn ghi nhận được giao quyền sử dụng, chuyển giao kết quả hoặc ứng dụng kết quả vào sản xuất, đời sống; "
                + "không thể ghi nhận dừng thực hiện.");
        assertThatThrownBy(() -> event(t.id(), EventKind.RESULTS_TRANSFERRED, "2031-07-01"))
                .isInstanceOf(DomainException.class).hasMessage("Cần chọn ít nhất một tổ chức nhận kết quả.")
                .extracting(e -> ((DomainException) e).field()).isEqualTo("recipientIds");
        long org = organisations.findOrCreate("UBND huyện Hòa An", OrganisationKind.STATE_AGENCY, "Hòa An").id();
        tasks.recordEvent(t.id(), new EventCommand(EventKind.RESULTS_TRANSFERRED, LocalDate.parse("2031-07-01"), null, null,
                List.of(), null, null, List.of(org), null));
        assertThat(tasks.get(t.id()).events()).last().satisfies(e -> assertThat(e.recipients()).containsExactly("UBND huyện Hòa An"));
    }

    @Test
    @WithUserDetails("qlkh")
    void aCorrectionVoidsTheEventWithoutRewritingIt() {
        TaskFacts t = contracted("Ghi nhầm sự kiện");
        TaskEvent wrong = event(t.id(), EventKind.EXTENDED, "2031-04-01");
        assertThat(tasks.facts(t.id()).status()).isEqualTo("EXTENDED");
        tasks.voidEvent(t.id(), new CorrectionCommand(wrong.id(), LocalDate.parse("2031-04-02"), "Ghi nhầm nhiệm vụ"));
        assertThat(tasks.facts(t.id()).status()).isEqualTo("CONTRACTED");
        assertThat(eventCount(t.id())).isEqualTo(5);
        assertThat(tasks.get(t.id()).events()).filteredOn(EventView::voided).extracting(e -> e.event().id()).containsExactly(wrong.id());
    }

    @Test
    @WithUserDetails("qlkh")
    void refusesACorrectionThatWouldLeaveLaterEventsWithoutTheirPrerequisite() {
        TaskFacts t = contracted("Hủy hợp đồng khi đã kiểm tra");
        event(t.id(), EventKind.PROGRESS_CHECKED, "2031-05-01");
        long contract = tasks.load(t.id()).activeEvents().stream().filter(e -> e.kind() == EventKind.CONTRACTED).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> tasks.voidEvent(t.id(), new CorrectionCommand(contract, LocalDate.parse("2031-05-02"), "nhầm")))
                .isInstanceOf(DomainException.class).hasMessageContaining("phụ thuộc vào nó");
        assertThat(eventCount(t.id())).isEqualTo(4);
    }

    @Test
    @WithUserDetails("qlkh")
    void searchWithoutDiacriticsFindsLeDongKhe() {
        var page = tasks.search(new TaskQuery("le dong khe", null, null, null, null), 0, 25);
        assertThat(page.items()).extracting(TaskSummary::title).anyMatch(s -> s.contains("lê Đông Khê"));
        assertThat(tasks.search(new TaskQuery("LE DONG KHE", TaskLevel.PROVINCIAL, null, 2020, null), 0, 25).total()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("qlkh")
    void textIsStoredInNfcEvenFromNfdInput() {
        String nfd = Normalizer.normalize("Trồng thử giống lê Đông Khê ghép " + getClass().getSimpleName(), Normalizer.Form.NFD);
        TaskFacts t = newTask(nfd);
        assertThat(t.title()).isEqualTo(Normalizer.normalize(nfd, Normalizer.Form.NFC));
        String stored = jdbc.sql("select title from task where id = :id").param("id", t.id()).query(String.class).single();
        assertThat(Normalizer.isNormalized(stored, Normalizer.Form.NFC)).isTrue();
        assertThat(tasks.search(new TaskQuery("thu giong le dong khe ghep", null, null, null, null), 0, 25).items())
                .extracting(TaskSummary::id).contains(t.id());
    }

    @Test
    @WithUserDetails("qlkh")
    void searchFindsByInvestigatorAndHostName() {
        assertThat(tasks.search(new TaskQuery("pham thi thu", null, null, null, null), 0, 25).items())
                .extracting(TaskSummary::title).anyMatch(s -> s.contains("Hà thủ ô đỏ"));
        assertThat(tasks.search(new TaskQuery("vien duoc lieu", null, null, null, null), 0, 25).total()).isGreaterThanOrEqualTo(3);
    }

    @Test
    @WithUserDetails("qlkh")
    void secondSaveOfAStaleVersionIsRefusedAndNothingIsLost() {
        TaskFacts t = newTask("Sửa đồng thời");
        tasks.correct(t.id(), command(t, "Hòa An"));
        assertThatThrownBy(() -> tasks.correct(t.id(), command(t, "Bảo Lạc"))).isInstanceOf(ConcurrentEditException.class);
        assertThat(tasks.facts(t.id()).location()).isEqualTo("Hòa An");
    }

    private static TaskCommand command(TaskFacts t, String location) {
        return new TaskCommand(t.code(), t.title(), t.kind(), t.level(), t.ruralManagement(), t.startYear(), t.hostId(),
                t.investigator(), t.field(), t.durationMonths(), location, t.version(), null);
    }

    @Test
    @WithUserDetails("qlkh")
    void everyChangeAndEventIsAudited() {
        TaskFacts t = newTask("Nhật ký thay đổi");
        tasks.correct(t.id(), command(t, "Hạ Lang"));
        event(t.id(), EventKind.LISTED, "2031-01-15");
        long doc = documents.findOrRegister(DocumentCommand.of("84/QĐ-UBND", null, LocalDate.parse("2021-01-15"), "UBND tỉnh", null)).id();
        tasks.amendBudget(t.id(), new BudgetCommand(LocalDate.parse("2031-02-01"), 500_000_000L, 0L, doc, null, null));
        tasks.formCouncil(t.id(), new CouncilCommand(CouncilKind.SELECTION, LocalDate.parse("2031-02-01"), null, null, null,
                List.of(new CouncilMember("Người A (demo)", "Chủ tịch")), null));
        assertThat(jdbc.sql("select action from audit_log where entity_type = 'task' and entity_id = :id order by id")
                .param("id", t.id()).query(String.class).list()).containsExactly("CREATE", "UPDATE", "EVENT_LISTED", "BUDGET", "COUNCIL");
    }

    @Test
    @WithUserDetails("qlkh")
    void currentBudgetIsTheLatestAmendment() {
        TaskFacts t = newTask("Điều chỉnh kinh phí");
        long doc = documents.findOrRegister(DocumentCommand.of("84/QĐ-UBND", null, LocalDate.parse("2021-01-15"), "UBND tỉnh", null)).id();
        tasks.amendBudget(t.id(), new BudgetCommand(LocalDate.parse("2031-02-01"), 1_250_000_000L, 100_000_000L, doc, null, null));
        tasks.amendBudget(t.id(), new BudgetCommand(LocalDate.parse("2031-06-01"), 1_100_000_000L, 100_000_000L, doc, null, null));
        assertThat(tasks.get(t.id()).currentBudget().stateBudget()).isEqualTo(1_100_000_000L);
        assertThatThrownBy(() -> tasks.amendBudget(t.id(), new BudgetCommand(LocalDate.parse("2031-05-01"), 1L, 0L, doc, null, null)))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).field()).isEqualTo("amendedOn");
    }

    @Test
    @WithUserDetails("qlkh")
    void citesADocumentByNumberAndDateOnlyWhenItIsRegistered() {
        TaskFacts t = newTask("Trích dẫn văn bản");
        assertThatThrownBy(() -> tasks.recordEvent(t.id(), new EventCommand(EventKind.LISTED, LocalDate.parse("2031-01-15"), null, null,
                List.of(), "9999/QĐ-UBND", LocalDate.parse("2031-01-15"), List.of(), null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("chưa có trong sổ văn bản");
        assertThat(eventCount(t.id())).isZero();
        tasks.recordEvent(t.id(), new EventCommand(EventKind.LISTED, LocalDate.parse("2031-01-15"), null, null,
                List.of(), "84/QĐ-UBND", LocalDate.parse("2021-01-15"), List.of(), null));
        assertThat(tasks.get(t.id()).events().get(0).documents()).extracting(d -> d.numberSymbol()).containsExactly("84/QĐ-UBND");
    }

    @Test
    @WithUserDetails("qlcn")
    void staffOfAnotherUnitCannotEdit() {
        long id = tasks.search(new TaskQuery("le dong khe", null, null, null, null), 0, 1).items().get(0).id();
        long events = eventCount(id);
        assertThatThrownBy(() -> newTask("Không được tạo")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> event(id, EventKind.PROGRESS_CHECKED, "2031-09-01")).isInstanceOf(AccessDeniedException.class);
        assertThat(eventCount(id)).isEqualTo(events);
    }

    @Test
    @WithUserDetails("vanphong")
    void officeReadsButCannotEditTasks() {
        assertThat(tasks.search(new TaskQuery("le dong khe", null, null, null, null), 0, 1).total()).isPositive();
        assertThatThrownBy(() -> newTask("Văn phòng tạo")).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Bạn không có quyền sửa hồ sơ của Phòng Quản lý khoa học (sổ nhiệm vụ): Văn phòng Sở không giữ sổ này.");
    }

    @Test
    @WithUserDetails("xem")
    void viewerCannotEdit() {
        assertThatThrownBy(() -> newTask("Người xem")).isInstanceOf(AccessDeniedException.class);
    }
}
