package vn.gov.khcn.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;

/**
 * A task and its life: the aggregate that decides whether an event may be recorded. It holds the
 * task's events in the order they were recorded and refuses, with a Vietnamese message saying what is
 * missing, any event out of order. Only the events that count take part: a CORRECTION voids the event
 * it names, and the voided one is ignored from then on (it stays in the record).
 *
 * <p>The transition policy:
 * <ul>
 *   <li>{@code LISTED} comes first, once.</li>
 *   <li>{@code CALL_OPENED}, {@code SELECTED}, {@code APPRAISED}, {@code SUBMITTED_FOR_APPROVAL},
 *       {@code APPROVED} need {@code LISTED}, come in this order and each at most once, and may skip
 *       steps (direct assignment has no call; a national programme task may be approved without a
 *       provincial submission). None of them after {@code CONTRACTED}.</li>
 *   <li>{@code CONTRACTED} needs {@code APPROVED}; once.</li>
 *   <li>{@code PROGRESS_CHECKED}, {@code ADJUSTMENT_REQUESTED}, {@code ADJUSTED}, {@code EXTENDED}
 *       (repeatable) and {@code ACCEPTANCE_COUNCIL_FORMED} need {@code CONTRACTED} and no passing
 *       acceptance yet.</li>
 *   <li>{@code ACCEPTED} needs {@code CONTRACTED} and {@code ACCEPTANCE_COUNCIL_FORMED}, and a rating of
 *       the vocabulary; after a failing rating a new council may meet again.</li>
 *   <li>{@code RESULTS_RECOGNISED} needs a passing {@code ACCEPTED}; {@code CERTIFIED} needs
 *       {@code RESULTS_RECOGNISED}; each once.</li>
 *   <li>After {@code CERTIFIED} only {@code RESULTS_TRANSFERRED} (repeatable, naming at least one
 *       recipient organisation), which needs {@code CERTIFIED}, and {@code RESULTS_APPLIED}.</li>
 *   <li>{@code RESULTS_APPLIED} (the results applied in production and life, repeatable, optionally naming the
 *       organisations applying them) needs a passing {@code ACCEPTED}, and is not dated before it.</li>
 *   <li>{@code TERMINATED} needs {@code LISTED}, is refused after {@code CERTIFIED}; nothing comes after it.</li>
 *   <li>An event is never dated before the event it depends on: the pre-contract steps not before the
 *       latest earlier step, {@code CONTRACTED} not before {@code APPROVED}, the execution steps and the
 *       council not before {@code CONTRACTED}, {@code ACCEPTED} not before the council, and so on;
 *       {@code TERMINATED} not before the last event.</li>
 *   <li>A {@code CORRECTION} names a counting event and a reason; it is refused when the events left
 *       would break the rules above (void the later events first).</li>
 * </ul>
 */
public final class Task {
    private final TaskFacts facts;
    private final List<TaskEvent> events;

    public Task(TaskFacts facts, List<TaskEvent> events) {
        this.facts = facts;
        this.events = List.copyOf(events);
    }

    public TaskFacts facts() {
        return facts;
    }

    /** All events in the order recorded, corrections and voided ones included. */
    public List<TaskEvent> events() {
        return events;
    }

    /** The events that count, in the order recorded. */
    public List<TaskEvent> activeEvents() {
        return active(events);
    }

    /** The dates of the events that count: the dates reports count the task by. */
    public Set<LocalDate> activeDates() {
        return activeEvents().stream().map(TaskEvent::date).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The status: the kind of the last counting event, or empty when there is none. */
    public Optional<EventKind> status() {
        return statusOf(activeEvents());
    }

    /**
     * Checks that an event of this kind, date, rating and recipients may be recorded now.
     *
     * @param passing tells whether a rating code is a passing one (from the rating vocabulary)
     * @throws DomainException naming what is missing
     */
    public void checkNew(EventKind kind, LocalDate date, String rating, List<Long> recipients, Predicate<String> passing) {
        if (kind == null) {
            throw new DomainException("kind", "Cần chọn loại sự kiện.");
        }
        if (kind == EventKind.CORRECTION) {
            throw new DomainException("kind", "Muốn hủy một sự kiện ghi nhầm, dùng chức năng hủy sự kiện (cần nêu sự kiện và lý do).");
        }
        if (date == null) {
            throw new DomainException("date", "Cần nhập ngày của sự kiện.");
        }
        Formats.checkRange("date", date);
        check(activeEvents(), kind, date, rating, recipients, passing);
    }

    /** Checks that the event may be voided: it counts, and the events left still follow the rules. */
    public TaskEvent checkCorrection(long eventId, LocalDate date, String reason, Predicate<String> passing) {
        TaskEvent target = activeEvents().stream().filter(e -> e.id() == eventId).findFirst()
                .orElseThrow(() -> new DomainException("correctsEventId", "Sự kiện cần hủy không có hoặc đã bị hủy trước đó."));
        if (reason == null || reason.isBlank()) {
            throw new DomainException("reason", "Cần nêu lý do hủy sự kiện ghi nhầm.");
        }
        if (date == null) {
            throw new DomainException("date", "Cần nhập ngày hủy.");
        }
        if (date.isBefore(target.date())) {
            throw new DomainException("date", "Ngày hủy không được trước ngày của sự kiện bị hủy (" + Formats.date(target.date()) + ").");
        }
        List<TaskEvent> left = new ArrayList<>(activeEvents());
        left.remove(target);
        List<TaskEvent> replay = new ArrayList<>();
        for (TaskEvent e : left) {
            try {
                check(replay, e.kind(), e.date(), e.rating(), e.recipientIds(), passing);
            } catch (DomainException ex) {
                throw new DomainException("correctsEventId", "Không thể hủy sự kiện \"" + target.kind().label() + "\" ngày "
                        + Formats.date(target.date()) + ": sự kiện \"" + e.kind().label() + "\" ngày " + Formats.date(e.date())
                        + " phụ thuộc vào nó. Hãy hủy các sự kiện sau trước.");
            }
            replay.add(e);
        }
        return target;
    }

    static List<TaskEvent> active(List<TaskEvent> all) {
        Set<Long> voided = all.stream().map(TaskEvent::correctsEventId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return all.stream().filter(e -> e.kind() != EventKind.CORRECTION && !voided.contains(e.id())).toList();
    }

    static Optional<EventKind> statusOf(List<TaskEvent> active) {
        return active.stream().max(Comparator.comparing(TaskEvent::date).thenComparing(TaskEvent::id)).map(TaskEvent::kind);
    }

    private static void check(List<TaskEvent> done, EventKind kind, LocalDate date, String rating, List<Long> recipients,
                              Predicate<String> passing) {
        String what = "không thể ghi nhận " + action(kind) + ".";
        Optional<TaskEvent> terminated = last(done, EventKind.TERMINATED);
        if (terminated.isPresent()) {
            throw new DomainException("kind", "Nhiệm vụ đã dừng thực hiện (TERMINATED) ngày " + Formats.date(terminated.get().date())
                    + ": " + what);
        }
        Optional<TaskEvent> listed = last(done, EventKind.LISTED);
        if (kind == EventKind.LISTED) {
            if (!done.isEmpty()) {
                throw new DomainException("kind", "Nhiệm vụ đã có sự kiện trước đó: đưa vào danh mục (LISTED) phải là sự kiện đầu tiên.");
            }
            return;
        }
        if (listed.isEmpty()) {
            throw new DomainException("kind", "Chưa đưa vào danh mục (LISTED): " + what);
        }
        Optional<TaskEvent> certified = last(done, EventKind.CERTIFIED);
        if (certified.isPresent() && kind != EventKind.RESULTS_TRANSFERRED && kind != EventKind.RESULTS_APPLIED) {
            throw new DomainException("kind", "Nhiệm vụ đã được cấp giấy chứng nhận (CERTIFIED) ngày " + Formats.date(certified.get().date())
                    + ": chỉ còn ghi nhận được giao quyền sử dụng, chuyển giao kết quả hoặc ứng dụng kết quả vào sản xuất, đời sống; " + what);
        }
        Optional<TaskEvent> contracted = last(done, EventKind.CONTRACTED);
        Optional<TaskEvent> passed = done.stream().filter(e -> e.kind() == EventKind.ACCEPTED && passing.test(e.rating())).reduce((a, b) -> b);
        LocalDate notBefore;
        switch (kind) {
            case CALL_OPENED, SELECTED, APPRAISED, SUBMITTED_FOR_APPROVAL, APPROVED -> {
                if (contracted.isPresent()) {
                    throw new DomainException("kind", "Nhiệm vụ đã ký hợp đồng (CONTRACTED): " + what);
                }
                Optional<TaskEvent> later = done.stream().filter(e -> e.kind().isPreContractStep() && e.kind().ordinal() >= kind.ordinal()).findFirst();
                if (later.isPresent()) {
                    throw new DomainException("kind", "Đã có bước \"" + later.get().kind().label() + "\" (" + later.get().kind()
                            + "): các bước trước hợp đồng đi theo thứ tự, mỗi bước một lần; " + what);
                }
                notBefore = done.stream().filter(e -> e.kind() == EventKind.LISTED || e.kind().isPreContractStep())
                        .map(TaskEvent::date).max(Comparator.naturalOrder()).orElseThrow();
            }
            case CONTRACTED -> {
                if (contracted.isPresent()) {
                    throw new DomainException("kind", "Nhiệm vụ đã ký hợp đồng (CONTRACTED) ngày " + Formats.date(contracted.get().date()) + ".");
                }
                notBefore = require(done, EventKind.APPROVED, "Chưa được phê duyệt (APPROVED): " + what).date();
            }
            case PROGRESS_CHECKED, ADJUSTMENT_REQUESTED, ADJUSTED, EXTENDED, ACCEPTANCE_COUNCIL_FORMED -> {
                notBefore = contracted.orElseThrow(() -> new DomainException("kind", "Chưa có hợp đồng (CONTRACTED): " + what)).date();
                if (passed.isPresent()) {
                    throw new DomainException("kind", "Nhiệm vụ đã được nghiệm thu (ACCEPTED) ngày " + Formats.date(passed.get().date()) + ": " + what);
                }
            }
            case ACCEPTED -> {
                if (contracted.isEmpty()) {
                    throw new DomainException("kind", "Chưa có hợp đồng (CONTRACTED): " + what);
                }
                notBefore = require(done, EventKind.ACCEPTANCE_COUNCIL_FORMED,
                        "Chưa thành lập hội đồng nghiệm thu (ACCEPTANCE_COUNCIL_FORMED): " + what).date();
                if (passed.isPresent()) {
                    throw new DomainException("kind", "Nhiệm vụ đã được nghiệm thu (ACCEPTED) ngày " + Formats.date(passed.get().date()) + ".");
                }
                if (rating == null || rating.isBlank()) {
                    throw new DomainException("rating", "Cần chọn xếp loại của hội đồng nghiệm thu.");
                }
            }
            case RESULTS_RECOGNISED -> {
                if (contracted.isEmpty()) {
                    throw new DomainException("kind", "Chưa có hợp đồng (CONTRACTED): " + what);
                }
                notBefore = passed.orElseThrow(() -> new DomainException("kind",
                        "Chưa được nghiệm thu đạt (ACCEPTED, xếp loại không phải \"Không đạt\"): " + what)).date();
                once(done, kind);
            }
            case CERTIFIED -> {
                if (passed.isEmpty()) {
                    throw new DomainException("kind", "Chưa được nghiệm thu đạt (ACCEPTED): " + what);
                }
                notBefore = require(done, EventKind.RESULTS_RECOGNISED, "Chưa công nhận kết quả (RESULTS_RECOGNISED): " + what).date();
            }
            case RESULTS_TRANSFERRED -> {
                notBefore = certified.orElseThrow(() -> new DomainException("kind",
                        "Chưa được cấp giấy chứng nhận kết quả (CERTIFIED): " + what)).date();
                if (recipients == null || recipients.isEmpty()) {
                    throw new DomainException("recipientIds", "Cần chọn ít nhất một tổ chức nhận kết quả.");
                }
            }
            case RESULTS_APPLIED -> notBefore = passed.orElseThrow(() -> new DomainException("kind",
                    "Chưa được nghiệm thu đạt (ACCEPTED, xếp loại không phải \"Không đạt\"): " + what)).date();
            case TERMINATED -> notBefore = done.stream().map(TaskEvent::date).max(Comparator.naturalOrder()).orElseThrow();
            default -> throw new DomainException("kind", "Loại sự kiện không hợp lệ.");
        }
        if (date.isBefore(notBefore)) {
            throw new DomainException("date", "Ngày " + Formats.date(date) + " trước ngày " + Formats.date(notBefore)
                    + " của sự kiện mà nó phụ thuộc: " + what);
        }
    }

    private static void once(List<TaskEvent> done, EventKind kind) {
        last(done, kind).ifPresent(e -> {
            throw new DomainException("kind", "Đã có sự kiện \"" + kind.label() + "\" ngày " + Formats.date(e.date()) + ".");
        });
    }

    private static TaskEvent require(List<TaskEvent> done, EventKind kind, String message) {
        return last(done, kind).orElseThrow(() -> new DomainException("kind", message));
    }

    private static Optional<TaskEvent> last(List<TaskEvent> done, EventKind kind) {
        return done.stream().filter(e -> e.kind() == kind).reduce((a, b) -> b);
    }

    /** The short noun for messages: "nghiệm thu", "ký hợp đồng"… */
    static String action(EventKind kind) {
        return switch (kind) {
            case LISTED -> "đưa vào danh mục";
            case CALL_OPENED -> "mở hồ sơ tuyển chọn, giao trực tiếp";
            case SELECTED -> "tuyển chọn, giao trực tiếp";
            case APPRAISED -> "thẩm định nội dung, kinh phí";
            case SUBMITTED_FOR_APPROVAL -> "trình phê duyệt";
            case APPROVED -> "phê duyệt";
            case CONTRACTED -> "ký hợp đồng";
            case PROGRESS_CHECKED -> "kiểm tra tiến độ";
            case ADJUSTMENT_REQUESTED -> "đề nghị điều chỉnh";
            case ADJUSTED -> "điều chỉnh";
            case EXTENDED -> "gia hạn";
            case ACCEPTANCE_COUNCIL_FORMED -> "thành lập hội đồng nghiệm thu";
            case ACCEPTED -> "nghiệm thu";
            case RESULTS_RECOGNISED -> "công nhận kết quả";
            case CERTIFIED -> "cấp giấy chứng nhận kết quả";
            case RESULTS_TRANSFERRED -> "chuyển giao kết quả";
            case RESULTS_APPLIED -> "ứng dụng kết quả vào sản xuất, đời sống";
            case TERMINATED -> "dừng thực hiện";
            case CORRECTION -> "hủy sự kiện";
        };
    }
}
