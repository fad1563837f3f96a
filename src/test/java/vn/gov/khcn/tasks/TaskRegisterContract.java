package vn.gov.khcn.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.gov.khcn.documents.DocumentCommand;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.organisations.OrganisationCommand;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.shared.ConcurrentEditException;
import vn.gov.khcn.shared.DomainException;

/** The task register's rules, run on both databases by its subclasses. */
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

    TaskFacts newTask(String title) {
        String code = "T-" + getClass().getSimpleName().replace("Test", "") + "-" + SEQ.incrementAndGet();
        return tasks.create(new TaskCommand(code, title, TaskKind.RESEARCH, TaskLevel.PROVINCIAL, null, 2031, null,
                "Người thử (demo)", "Nông nghiệp", 24, "Cao Bằng", null, null));
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
    @WithUserDetails("qlkh")
    void refusesAcceptanceBeforeContract() {
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
    void refusesAcceptanceBeforeTheCouncil() {
        TaskFacts t = contracted("Nghiệm thu khi chưa có hội đồng");
        assertThatThrownBy(() -> accepted(t.id(), "2031-06-01", "PASSED")).isInstanceOf(DomainException.class)
                .hasMessage("Chưa thành lập hội đồng nghiệm thu (ACCEPTANCE_COUNCIL_FORMED): không thể ghi nhận nghiệm thu.");
    }

    @Test
    @WithUserDetails("qlkh")
    void refusesCertificateBeforeAcceptance() {
        TaskFacts t = contracted("Cấp giấy chứng nhận sớm");
        refused(t.id(), EventKind.CERTIFIED, "2031-08-01", "Chưa được nghiệm thu đạt (ACCEPTED): không thể ghi nhận cấp giấy chứng nhận kết quả.");
    }

    @Test
    @WithUserDetails("qlkh")
    void refusesCertificateBeforeRecognition() {
        TaskFacts t = contracted("Chưa công nhận kết quả");
        event(t.id(), EventKind.ACCEPTANCE_COUNCIL_FORMED, "2031-05-01");
        accepted(t.id(), "2031-05-10", "GOOD");
        refused(t.id(), EventKind.CERTIFIED, "2031-06-01", "Chưa công nhận kết quả (RESULTS_RECOGNISED): không thể ghi nhận cấp giấy chứng nhận kết quả.");
    }

    @Test
    @WithUserDetails("qlkh")
    void refusesRecognitionAfterAFailedAcceptance() {
        TaskFacts t = contracted("Nghiệm thu không đạt");
        event(t.id(), EventKind.ACCEPTANCE_COUNCIL_FORMED, "2031-05-01");
        accepted(t.id(), "2031-05-10", "FAILED");
        refused(t.id(), EventKind.RESULTS_RECOGNISED, "2031-06-01",
                "Chưa được nghiệm thu đạt (ACCEPTED, xếp loại không phải \"Không đạt\"): không thể ghi nhận công nhận kết quả.");
    }

    @Test
    @WithUserDetails("qlkh")
    void refusesAnythingAfterTermination() {
        TaskFacts t = contracted("Nhiệm vụ bị dừng");
        event(t.id(), EventKind.TERMINATED, "2031-04-01");
        refused(t.id(), EventKind.PROGRESS_CHECKED, "2031-05-01",
                "Nhiệm vụ đã dừng thực hiện (TERMINATED) ngày 01/04/2031: không thể ghi nhận kiểm tra tiến độ.");
        refused(t.id(), EventKind.ACCEPTANCE_COUNCIL_FORMED, "2031-05-01",
                "Nhiệm vụ đã dừng thực hiện (TERMINATED) ngày 01/04/2031: không thể ghi nhận thành lập hội đồng nghiệm thu.");
        assertThat(tasks.facts(t.id()).status()).isEqualTo("TERMINATED");
    }

    @Test
    @WithUserDetails("qlkh")
    void refusesContractBeforeApproval() {
        TaskFacts t = newTask("Hợp đồng khi chưa phê duyệt");
        event(t.id(), EventKind.LISTED, "2031-01-15");
        refused(t.id(), EventKind.CONTRACTED, "2031-02-01", "Chưa được phê duyệt (APPROVED): không thể ghi nhận ký hợp đồng.");
    }

    @Test
    @WithUserDetails("qlkh")
    void refusesEventsBeforeListingAndListingTwice() {
        TaskFacts t = newTask("Chưa vào danh mục");
        refused(t.id(), EventKind.APPROVED, "2031-02-01", "Chưa đưa vào danh mục (LISTED): không thể ghi nhận phê duyệt.");
        event(t.id(), EventKind.LISTED, "2031-01-15");
        refused(t.id(), EventKind.LISTED, "2031-02-01",
                "Nhiệm vụ đã có sự kiện trước đó: đưa vào danh mục (LISTED) phải là sự kiện đầu tiên.");
    }

    @Test
    @WithUserDetails("qlkh")
    void preContractStepsComeInOrderButMayBeSkipped() {
        TaskFacts t = newTask("Giao trực tiếp");
        event(t.id(), EventKind.LISTED, "2031-01-15");
        event(t.id(), EventKind.APPRAISED, "2031-02-01");
        refused(t.id(), EventKind.CALL_OPENED, "2031-02-10",
                "Đã có bước \"Thẩm định nội dung, kinh phí\" (APPRAISED): các bước trước hợp đồng đi theo thứ tự, mỗi bước một lần; "
                        + "không thể ghi nhận mở hồ sơ tuyển chọn, giao trực tiếp.");
        event(t.id(), EventKind.APPROVED, "2031-02-15");
        assertThat(tasks.facts(t.id()).status()).isEqualTo("APPROVED");
    }

    @Test
    @WithUserDetails("qlkh")
    void refusesAnEventDatedBeforeTheOneItDependsOn() {
        TaskFacts t = newTask("Ngày lùi");
        event(t.id(), EventKind.LISTED, "2031-01-15");
        event(t.id(), EventKind.APPROVED, "2031-03-01");
        refused(t.id(), EventKind.CONTRACTED, "2031-02-28",
                "Ngày 28/02/2031 trước ngày 01/03/2031 của sự kiện mà nó phụ thuộc: không thể ghi nhận ký hợp đồng.");
    }

    @Test
    @WithUserDetails("qlkh")
    void afterTheCertificateOnlyTransfersToNamedRecipients() {
        TaskFacts t = contracted("Đã cấp giấy chứng nhận");
        event(t.id(), EventKind.ACCEPTANCE_COUNCIL_FORMED, "2031-05-01");
        accepted(t.id(), "2031-05-10", "EXCELLENT");
        event(t.id(), EventKind.RESULTS_RECOGNISED, "2031-05-20");
        event(t.id(), EventKind.CERTIFIED, "2031-06-01");
        refused(t.id(), EventKind.TERMINATED, "2031-07-01", "Nhiệm vụ đã được cấp giấy chứng nhận (CERTIFIED) ngày 01/06/2031: "
                + "chỉ còn ghi nhận được giao quyền sử dụng, chuyển giao kết quả; không thể ghi nhận dừng thực hiện.");
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
        tasks.correct(t.id(), new CorrectionCommand(wrong.id(), LocalDate.parse("2031-04-02"), "Ghi nhầm nhiệm vụ"));
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
        assertThatThrownBy(() -> tasks.correct(t.id(), new CorrectionCommand(contract, LocalDate.parse("2031-05-02"), "nhầm")))
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
        tasks.update(t.id(), command(t, "Hòa An"));
        assertThatThrownBy(() -> tasks.update(t.id(), command(t, "Bảo Lạc"))).isInstanceOf(ConcurrentEditException.class);
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
        tasks.update(t.id(), command(t, "Hạ Lang"));
        event(t.id(), EventKind.LISTED, "2031-01-15");
        long doc = documents.findOrRegister(new DocumentCommand("84/QĐ-UBND", null, LocalDate.parse("2021-01-15"), "UBND tỉnh", null, null)).id();
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
        long doc = documents.findOrRegister(new DocumentCommand("84/QĐ-UBND", null, LocalDate.parse("2021-01-15"), "UBND tỉnh", null, null)).id();
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
                .hasMessage("Bạn không có quyền sửa hồ sơ của Phòng Quản lý khoa học.");
    }

    @Test
    @WithUserDetails("xem")
    void viewerCannotEdit() {
        assertThatThrownBy(() -> newTask("Người xem")).isInstanceOf(AccessDeniedException.class);
    }
}
