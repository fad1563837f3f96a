package vn.gov.khcn.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gov.khcn.tasks.TaskBuilder.aTask;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.khcn.shared.DomainException;

/**
 * The life of an S&T task as the {@link Task} aggregate decides it (docs/decisions/task-lifecycle.md): every
 * allowed and every refused event, as a table, without a database.
 */
class TaskLifecycleTest {
    private static final Predicate<String> PASSING = Set.of("EXCELLENT", "GOOD", "PASSED")::contains;

    /** Given a task's events, an event of {@code kind} on {@code date}: allowed when {@code refusal} is null. */
    record Case(String name, TaskBuilder given, EventKind kind, String date, String rating, List<Long> recipients, String field,
                String refusal) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case allowed(String name, TaskBuilder given, EventKind kind, String date) {
        return new Case(name, given, kind, date, null, List.of(), null, null);
    }

    static Case refused(String name, TaskBuilder given, EventKind kind, String date, String refusal) {
        return new Case(name, given, kind, date, null, List.of(), "kind", refusal);
    }

    static Stream<Case> allowedEvents() {
        return Stream.of(
                allowed("listing comes first", aTask(), EventKind.LISTED, "2031-01-15"),
                allowed("a call after listing", aTask().with(EventKind.LISTED, "2031-01-15"), EventKind.CALL_OPENED, "2031-01-20"),
                allowed("selection after the call", aTask().with(EventKind.LISTED, "2031-01-15").with(EventKind.CALL_OPENED, "2031-01-20"),
                        EventKind.SELECTED, "2031-02-01"),
                allowed("appraisal skipping the call (direct assignment)", aTask().with(EventKind.LISTED, "2031-01-15"),
                        EventKind.APPRAISED, "2031-02-01"),
                allowed("submission after appraisal", aTask().with(EventKind.LISTED, "2031-01-15").with(EventKind.APPRAISED, "2031-02-01"),
                        EventKind.SUBMITTED_FOR_APPROVAL, "2031-02-10"),
                allowed("approval straight after listing (national programme)", aTask().with(EventKind.LISTED, "2031-01-15"),
                        EventKind.APPROVED, "2031-03-01"),
                allowed("a step on the same day as the one before", aTask().with(EventKind.LISTED, "2031-01-15"),
                        EventKind.APPROVED, "2031-01-15"),
                allowed("contract after approval", aTask().with(EventKind.LISTED, "2031-01-15").with(EventKind.APPROVED, "2031-03-01"),
                        EventKind.CONTRACTED, "2031-03-15"),
                allowed("a progress check after the contract", aTask().contracted(), EventKind.PROGRESS_CHECKED, "2031-05-01"),
                allowed("results applied after a passing acceptance", aTask().accepted("PASSED"), EventKind.RESULTS_APPLIED, "2031-05-15"),
                allowed("results applied after the certificate, again", aTask().certified().with(EventKind.RESULTS_APPLIED, "2031-06-10"),
                        EventKind.RESULTS_APPLIED, "2031-09-01"),
                allowed("progress checks repeat", aTask().contracted().with(EventKind.PROGRESS_CHECKED, "2031-05-01"),
                        EventKind.PROGRESS_CHECKED, "2031-08-01"),
                allowed("an adjustment request", aTask().contracted(), EventKind.ADJUSTMENT_REQUESTED, "2031-04-01"),
                allowed("an adjustment", aTask().contracted().with(EventKind.ADJUSTMENT_REQUESTED, "2031-04-01"), EventKind.ADJUSTED, "2031-04-20"),
                allowed("extensions repeat", aTask().contracted().with(EventKind.EXTENDED, "2031-04-01"), EventKind.EXTENDED, "2031-09-01"),
                allowed("the acceptance council after the contract", aTask().contracted(), EventKind.ACCEPTANCE_COUNCIL_FORMED, "2031-05-01"),
                new Case("acceptance with a rating, once the council is formed",
                        aTask().contracted().with(EventKind.ACCEPTANCE_COUNCIL_FORMED, "2031-05-01"), EventKind.ACCEPTED, "2031-05-10", "PASSED",
                        List.of(), null, null),
                new Case("a council meets again after a failing rating", aTask().accepted("FAILED"), EventKind.ACCEPTED, "2031-07-01", "GOOD",
                        List.of(), null, null),
                allowed("a new council after a failing rating", aTask().accepted("FAILED"), EventKind.ACCEPTANCE_COUNCIL_FORMED, "2031-06-01"),
                allowed("recognition after a passing acceptance", aTask().accepted("GOOD"), EventKind.RESULTS_RECOGNISED, "2031-05-20"),
                allowed("the certificate after recognition", aTask().accepted("PASSED").with(EventKind.RESULTS_RECOGNISED, "2031-05-20"),
                        EventKind.CERTIFIED, "2031-06-01"),
                new Case("results handed over after the certificate", aTask().certified(), EventKind.RESULTS_TRANSFERRED, "2031-07-01", null,
                        List.of(3L), null, null),
                new Case("hand-overs repeat", aTask().certified().transferredTo("2031-07-01", 3L), EventKind.RESULTS_TRANSFERRED, "2031-08-01",
                        null, List.of(4L, 5L), null, null),
                allowed("termination after listing", aTask().with(EventKind.LISTED, "2031-01-15"), EventKind.TERMINATED, "2031-02-01"),
                allowed("termination during execution", aTask().contracted().with(EventKind.PROGRESS_CHECKED, "2031-05-01"),
                        EventKind.TERMINATED, "2031-05-01"),
                allowed("a voided contract is signed again", aTask().contracted().voiding(3, "2031-03-16"), EventKind.CONTRACTED, "2031-03-20"),
                allowed("a voided listing is listed again", aTask().with(EventKind.LISTED, "2031-01-15").voiding(1, "2031-01-16"),
                        EventKind.LISTED, "2031-01-20"),
                allowed("a voided termination no longer ends the task", aTask().contracted().with(EventKind.TERMINATED, "2031-04-01")
                        .voiding(4, "2031-04-02"), EventKind.PROGRESS_CHECKED, "2031-05-01"));
    }

    static Stream<Case> refusedEvents() {
        String contractFirst = "Chưa có hợp đồng (CONTRACTED): ";
        return Stream.of(
                refused("nothing before listing", aTask(), EventKind.APPROVED, "2031-02-01",
                        "Chưa đưa vào danh mục (LISTED): không thể ghi nhận phê duyệt."),
                refused("listing twice", aTask().with(EventKind.LISTED, "2031-01-15"), EventKind.LISTED, "2031-02-01",
                        "Nhiệm vụ đã có sự kiện trước đó: đưa vào danh mục (LISTED) phải là sự kiện đầu tiên."),
                refused("a pre-contract step out of order", aTask().with(EventKind.LISTED, "2031-01-15").with(EventKind.APPRAISED, "2031-02-01"),
                        EventKind.CALL_OPENED, "2031-02-10", "Đã có bước \"Thẩm định nội dung, kinh phí\" (APPRAISED): các bước trước hợp đồng đi "
                                + "theo thứ tự, mỗi bước một lần; không thể ghi nhận mở hồ sơ tuyển chọn, giao trực tiếp."),
                refused("a pre-contract step twice", aTask().with(EventKind.LISTED, "2031-01-15").with(EventKind.APPRAISED, "2031-02-01"),
                        EventKind.APPRAISED, "2031-02-10", "Đã có bước \"Thẩm định nội dung, kinh phí\" (APPRAISED): các bước trước hợp đồng đi "
                                + "theo thứ tự, mỗi bước một lần; không thể ghi nhận thẩm định nội dung, kinh phí."),
                refused("a pre-contract step after the contract", aTask().contracted(), EventKind.SUBMITTED_FOR_APPROVAL, "2031-04-01",
                        "Nhiệm vụ đã ký hợp đồng (CONTRACTED): không thể ghi nhận trình phê duyệt."),
                refused("a contract before approval", aTask().with(EventKind.LISTED, "2031-01-15"), EventKind.CONTRACTED, "2031-02-01",
                        "Chưa được phê duyệt (APPROVED): không thể ghi nhận ký hợp đồng."),
                refused("a second contract", aTask().contracted(), EventKind.CONTRACTED, "2031-04-01",
                        "Nhiệm vụ đã ký hợp đồng (CONTRACTED) ngày 15/03/2031."),
                new Case("a contract dated before its approval", aTask().with(EventKind.LISTED, "2031-01-15").with(EventKind.APPROVED, "2031-03-01"),
                        EventKind.CONTRACTED, "2031-02-28", null, List.of(), "date",
                        "Ngày 28/02/2031 trước ngày 01/03/2031 của sự kiện mà nó phụ thuộc: không thể ghi nhận ký hợp đồng."),
                refused("a progress check before the contract", aTask().with(EventKind.LISTED, "2031-01-15").with(EventKind.APPROVED, "2031-03-01"),
                        EventKind.PROGRESS_CHECKED, "2031-04-01", contractFirst + "không thể ghi nhận kiểm tra tiến độ."),
                refused("an extension after a passing acceptance", aTask().accepted("PASSED"), EventKind.EXTENDED, "2031-06-01",
                        "Nhiệm vụ đã được nghiệm thu (ACCEPTED) ngày 10/05/2031: không thể ghi nhận gia hạn."),
                refused("a council after a passing acceptance", aTask().accepted("GOOD"), EventKind.ACCEPTANCE_COUNCIL_FORMED, "2031-06-01",
                        "Nhiệm vụ đã được nghiệm thu (ACCEPTED) ngày 10/05/2031: không thể ghi nhận thành lập hội đồng nghiệm thu."),
                new Case("acceptance before the contract", aTask().with(EventKind.LISTED, "2031-01-15").with(EventKind.APPROVED, "2031-03-01"),
                        EventKind.ACCEPTED, "2031-06-01", "PASSED", List.of(), "kind", contractFirst + "không thể ghi nhận nghiệm thu."),
                new Case("acceptance without a council", aTask().contracted(), EventKind.ACCEPTED, "2031-06-01", "PASSED", List.of(), "kind",
                        "Chưa thành lập hội đồng nghiệm thu (ACCEPTANCE_COUNCIL_FORMED): không thể ghi nhận nghiệm thu."),
                new Case("acceptance without a rating", aTask().contracted().with(EventKind.ACCEPTANCE_COUNCIL_FORMED, "2031-05-01"),
                        EventKind.ACCEPTED, "2031-05-10", null, List.of(), "rating", "Cần chọn xếp loại của hội đồng nghiệm thu."),
                new Case("a second passing acceptance", aTask().accepted("PASSED"), EventKind.ACCEPTED, "2031-06-01", "GOOD", List.of(), "kind",
                        "Nhiệm vụ đã được nghiệm thu (ACCEPTED) ngày 10/05/2031."),
                new Case("acceptance dated before its council", aTask().contracted().with(EventKind.ACCEPTANCE_COUNCIL_FORMED, "2031-05-01"),
                        EventKind.ACCEPTED, "2031-04-30", "PASSED", List.of(), "date",
                        "Ngày 30/04/2031 trước ngày 01/05/2031 của sự kiện mà nó phụ thuộc: không thể ghi nhận nghiệm thu."),
                refused("recognition after a failing acceptance", aTask().accepted("FAILED"), EventKind.RESULTS_RECOGNISED, "2031-06-01",
                        "Chưa được nghiệm thu đạt (ACCEPTED, xếp loại không phải \"Không đạt\"): không thể ghi nhận công nhận kết quả."),
                refused("recognition twice", aTask().accepted("PASSED").with(EventKind.RESULTS_RECOGNISED, "2031-05-20"),
                        EventKind.RESULTS_RECOGNISED, "2031-05-25", "Đã có sự kiện \"Công nhận kết quả\" ngày 20/05/2031."),
                refused("a certificate before acceptance", aTask().contracted(), EventKind.CERTIFIED, "2031-08-01",
                        "Chưa được nghiệm thu đạt (ACCEPTED): không thể ghi nhận cấp giấy chứng nhận kết quả."),
                refused("a certificate before recognition", aTask().accepted("GOOD"), EventKind.CERTIFIED, "2031-06-01",
                        "Chưa công nhận kết quả (RESULTS_RECOGNISED): không thể ghi nhận cấp giấy chứng nhận kết quả."),
                refused("termination after the certificate", aTask().certified(), EventKind.TERMINATED, "2031-07-01",
                        "Nhiệm vụ đã được cấp giấy chứng nhận (CERTIFIED) ngày 01/06/2031: chỉ còn ghi nhận được giao quyền sử dụng, "
                                + "chuyển giao kết quả hoặc ứng dụng kết quả vào sản xuất, đời sống; không thể ghi nhận dừng thực hiện."),
                refused("a second certificate", aTask().certified(), EventKind.CERTIFIED, "2031-07-01",
                        "Nhiệm vụ đã được cấp giấy chứng nhận (CERTIFIED) ngày 01/06/2031: chỉ còn ghi nhận được giao quyền sử dụng, "
                                + "chuyển giao kết quả hoặc ứng dụng kết quả vào sản xuất, đời sống; không thể ghi nhận cấp giấy chứng nhận kết quả."),
                refused("results applied after a failing acceptance", aTask().accepted("FAILED"), EventKind.RESULTS_APPLIED, "2031-06-01",
                        "Chưa được nghiệm thu đạt (ACCEPTED, xếp loại không phải \"Không đạt\"): không thể ghi nhận ứng dụng kết quả vào sản xuất, đời sống."),
                new Case("a hand-over before the certificate", aTask().accepted("PASSED"), EventKind.RESULTS_TRANSFERRED, "2031-07-01", null,
                        List.of(3L), "kind", "Chưa được cấp giấy chứng nhận kết quả (CERTIFIED): không thể ghi nhận chuyển giao kết quả."),
                new Case("a hand-over to nobody", aTask().certified(), EventKind.RESULTS_TRANSFERRED, "2031-07-01", null, List.of(),
                        "recipientIds", "Cần chọn ít nhất một tổ chức nhận kết quả."),
                refused("a progress check after termination", aTask().contracted().with(EventKind.TERMINATED, "2031-04-01"),
                        EventKind.PROGRESS_CHECKED, "2031-05-01",
                        "Nhiệm vụ đã dừng thực hiện (TERMINATED) ngày 01/04/2031: không thể ghi nhận kiểm tra tiến độ."),
                refused("a council after termination", aTask().contracted().with(EventKind.TERMINATED, "2031-04-01"),
                        EventKind.ACCEPTANCE_COUNCIL_FORMED, "2031-05-01",
                        "Nhiệm vụ đã dừng thực hiện (TERMINATED) ngày 01/04/2031: không thể ghi nhận thành lập hội đồng nghiệm thu."),
                new Case("termination dated before the last event", aTask().contracted().with(EventKind.PROGRESS_CHECKED, "2031-05-01"),
                        EventKind.TERMINATED, "2031-04-30", null, List.of(), "date",
                        "Ngày 30/04/2031 trước ngày 01/05/2031 của sự kiện mà nó phụ thuộc: không thể ghi nhận dừng thực hiện."),
                refused("a correction is not an event to record", aTask().contracted(), EventKind.CORRECTION, "2031-04-01",
                        "Muốn hủy một sự kiện ghi nhầm, dùng chức năng hủy sự kiện (cần nêu sự kiện và lý do)."),
                refused("no kind", aTask(), null, "2031-04-01", "Cần chọn loại sự kiện."),
                new Case("no date", aTask(), EventKind.LISTED, null, null, List.of(), "date", "Cần nhập ngày của sự kiện."),
                refused("a voided contract no longer counts", aTask().contracted().voiding(3, "2031-03-16"), EventKind.PROGRESS_CHECKED,
                        "2031-05-01", contractFirst + "không thể ghi nhận kiểm tra tiến độ."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allowedEvents")
    void anEventInItsPlaceIsAllowed(Case c) {
        Task task = c.given().build();
        assertThatCode(() -> task.checkNew(c.kind(), date(c.date()), c.rating(), c.recipients(), PASSING)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedEvents")
    void anEventOutOfPlaceIsRefusedSayingWhatIsMissing(Case c) {
        Task task = c.given().build();
        assertThatThrownBy(() -> task.checkNew(c.kind(), date(c.date()), c.rating(), c.recipients(), PASSING))
                .isInstanceOf(DomainException.class).hasMessage(c.refusal())
                .extracting(e -> ((DomainException) e).field()).isEqualTo(c.field());
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    @Test
    void theStatusIsTheKindOfTheLastEventThatCounts() {
        assertThat(aTask().build().status()).isEmpty();
        assertThat(aTask().contracted().build().status()).contains(EventKind.CONTRACTED);
        assertThat(aTask().contracted().with(EventKind.EXTENDED, "2031-04-01").voiding(4, "2031-04-02").build().status())
                .contains(EventKind.CONTRACTED);
        assertThat(aTask().contracted().with(EventKind.EXTENDED, "2031-04-01").build().activeDates())
                .containsExactly(LocalDate.of(2031, 1, 15), LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 15), LocalDate.of(2031, 4, 1));
    }

    @Test
    void aCorrectionVoidsTheLastEventAndIsItselfANewEvent() {
        TaskBuilder given = aTask().contracted().with(EventKind.EXTENDED, "2031-04-01");
        Task task = given.build();
        TaskEvent voided = task.checkCorrection(4, LocalDate.of(2031, 4, 2), "Ghi nhầm nhiệm vụ", PASSING);
        assertThat(voided.kind()).isEqualTo(EventKind.EXTENDED);
        Task after = given.voiding(4, "2031-04-02").build();
        assertThat(after.events()).hasSize(5);
        assertThat(after.activeEvents()).extracting(TaskEvent::kind)
                .containsExactly(EventKind.LISTED, EventKind.APPROVED, EventKind.CONTRACTED);
    }

    @Test
    void aCorrectionThatWouldLeaveLaterEventsWithoutTheirPrerequisiteIsRefused() {
        Task task = aTask().contracted().with(EventKind.PROGRESS_CHECKED, "2031-05-01").build();
        assertThatThrownBy(() -> task.checkCorrection(3, LocalDate.of(2031, 5, 2), "nhầm", PASSING))
                .isInstanceOf(DomainException.class).hasMessage("Không thể hủy sự kiện \"Ký hợp đồng\" ngày 15/03/2031: sự kiện "
                        + "\"Kiểm tra tiến độ, xác định khối lượng\" ngày 01/05/2031 phụ thuộc vào nó. Hãy hủy các sự kiện sau trước.");
    }

    @Test
    void aCorrectionNamesACountingEventAReasonAndADayNotBeforeIt() {
        Task task = aTask().contracted().voiding(3, "2031-03-16").build();
        assertThatThrownBy(() -> task.checkCorrection(3, LocalDate.of(2031, 3, 17), "lại", PASSING))
                .isInstanceOf(DomainException.class).hasMessage("Sự kiện cần hủy không có hoặc đã bị hủy trước đó.");
        assertThatThrownBy(() -> task.checkCorrection(99, LocalDate.of(2031, 3, 17), "lạ", PASSING))
                .isInstanceOf(DomainException.class).hasMessage("Sự kiện cần hủy không có hoặc đã bị hủy trước đó.");
        assertThatThrownBy(() -> task.checkCorrection(2, LocalDate.of(2031, 3, 17), " ", PASSING))
                .isInstanceOf(DomainException.class).hasMessage("Cần nêu lý do hủy sự kiện ghi nhầm.");
        assertThatThrownBy(() -> task.checkCorrection(1, LocalDate.of(2031, 1, 14), "nhầm ngày", PASSING))
                .isInstanceOf(DomainException.class).hasMessage("Ngày hủy không được trước ngày của sự kiện bị hủy (15/01/2031).");
    }
}
