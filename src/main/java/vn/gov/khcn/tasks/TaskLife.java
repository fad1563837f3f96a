package vn.gov.khcn.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.records.RecordType;
import vn.gov.khcn.records.RecordWrites;
import vn.gov.khcn.records.Register;
import vn.gov.khcn.shared.Check;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.VietnameseText;

/**
 * A task's life, written: an event or the correction of one is added while the task is held (a row lock), so two
 * clerks recording events of one task at once are checked one after the other against the events before them —
 * two acceptances at once store one. The {@link Task} aggregate decides what may be recorded.
 *
 * <p>Events are audited and locked by issued periods as the task's ("task", the task's id): the events' register
 * writes an event and loads it back as the task's latest.
 */
final class TaskLife {
    private final JdbcClient jdbc;
    private final TaskChildren children;
    private final Register<TaskEvent> events;
    private final TaskReads reads;
    private final Organisations organisations;
    private final Documents documents;
    private final Clock clock;

    TaskLife(JdbcClient jdbc, RecordWrites writes, TaskChildren children, TaskReads reads, Organisations organisations, Documents documents,
             Clock clock) {
        this.jdbc = jdbc;
        this.children = children;
        this.reads = reads;
        this.organisations = organisations;
        this.documents = documents;
        this.clock = clock;
        this.events = writes.register(new RecordType<>(Tasks.AUDIT, "sự kiện của nhiệm vụ", "task",
                e -> children.owner(e.taskId()), this::reportDates, e -> e.kind().label()), this::latest);
    }

    /** The latest event of a task (the one just written: the task is held). */
    private TaskEvent latest(long taskId) {
        List<TaskEvent> all = reads.events(taskId);
        return all.get(all.size() - 1);
    }

    /** An event counts in reports by its date; a correction also by the date of the event it voids. */
    private List<LocalDate> reportDates(TaskEvent e) {
        List<LocalDate> dates = new ArrayList<>(List.of(e.date()));
        if (e.correctsEventId() != null) {
            reads.events(e.taskId()).stream().filter(x -> x.id() == e.correctsEventId()).map(TaskEvent::date).forEach(dates::add);
        }
        return dates;
    }

    /**
     * The code of the current rating a council gave: its code, or its label as a clerk writes it ("Khá", "kha"); refused,
     * naming the ratings in use, when none matches.
     */
    private String rating(String given) {
        List<Rating> current = reads.currentRatings();
        String folded = VietnameseText.fold(given);
        return current.stream().filter(r -> r.code().equals(given)).findFirst()
                .or(() -> current.stream().filter(r -> r.label().equalsIgnoreCase(given)).findFirst())
                .or(() -> current.stream().filter(r -> VietnameseText.fold(r.label()).equals(folded)).findFirst())
                .map(Rating::code)
                .orElseThrow(() -> new DomainException("rating", "Xếp loại \"" + given + "\" không có trong danh mục xếp loại: cần một trong "
                        + String.join("; ", current.stream().map(Rating::label).toList()) + "."));
    }

    TaskEvent record(long taskId, EventCommand c) {
        TaskFacts held = children.hold(taskId);
        String action = "EVENT_" + (c.kind() == null ? "NONE" : c.kind().name());
        return events.add(held.unit(), c.reason(), "sự kiện", action, () -> {
            Task task = new Task(held, reads.events(taskId));
            String given = c.kind() == EventKind.ACCEPTED ? Check.optionalText("rating", "xếp loại", c.rating(), 300) : null;
            String rating = given == null ? null : rating(given);
            List<Long> recipients = (c.kind() == EventKind.RESULTS_TRANSFERRED || c.kind() == EventKind.RESULTS_APPLIED) && c.recipientIds() != null
                    ? List.copyOf(new LinkedHashSet<>(c.recipientIds())) : List.of();
            task.checkNew(c.kind(), c.date(), rating, recipients, reads.passingRatings()::contains);
            if (organisations.byIds(recipients).size() != recipients.size()) {
                throw new DomainException("recipientIds", "Có tổ chức nhận kết quả không có trong danh mục tổ chức.");
            }
            List<Long> docs = documentIds(c.documentIds(), c.documentNumber(), c.documentDate());
            String note = Check.optionalText("note", "ghi chú", c.note(), 2000);
            insert(taskId, c.kind(), c.date(), rating, note, null, VietnameseText.clean(c.reason()), docs, recipients);
            return taskId;
        });
    }

    TaskEvent voidEvent(long taskId, CorrectionCommand c) {
        TaskFacts held = children.hold(taskId);
        return events.add(held.unit(), c.reason(), "sự kiện", "CORRECTION", () -> {
            Task task = new Task(held, reads.events(taskId));
            long eventId = Check.chosen("eventId", "sự kiện cần hủy", c.eventId());
            String reason = Check.optionalText("reason", "lý do", c.reason(), 2000);
            TaskEvent target = task.checkCorrection(eventId, c.date(), reason, reads.passingRatings()::contains);
            insert(taskId, EventKind.CORRECTION, c.date(), null, null, target.id(), reason, List.of(), List.of());
            return taskId;
        });
    }

    private void insert(long taskId, EventKind kind, LocalDate date, String rating, String note, Long corrects, String reason,
                        List<Long> docs, List<Long> recipients) {
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
        // the status is the kind of the last counting event; the task's version moves on (its page changed)
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
            ids.stream().filter(Objects::nonNull).forEach(out::add);
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
}
