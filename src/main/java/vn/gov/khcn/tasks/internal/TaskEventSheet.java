package vn.gov.khcn.tasks.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.gov.khcn.documents.Document;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RegisterSheet;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.exchange.spi.RowWriter;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.tasks.EventCommand;
import vn.gov.khcn.tasks.EventKind;
import vn.gov.khcn.tasks.EventView;
import vn.gov.khcn.tasks.TaskEvent;
import vn.gov.khcn.tasks.TaskFacts;
import vn.gov.khcn.tasks.TaskQuery;
import vn.gov.khcn.tasks.Tasks;

/**
 * The tasks' histories by spreadsheet: one row per event. The rows are gathered first, then each task's rows are
 * recorded in date order after the events it already has, through {@link Tasks#recordEvent} (the {@code Task}
 * aggregate's rules, access, issued periods, audit) — so a file may list events in any order. A row naming an event
 * the task already has (same kind and date) is skipped. Any error refuses the whole file.
 */
@Component
class TaskEventSheet implements RegisterSheet<TaskQuery> {
    static final Column TASK = Column.text("Mã nhiệm vụ", true, 40, "Mã của nhiệm vụ như trong danh sách nhiệm vụ (nhập sổ nhiệm vụ trước).");
    static final Column KIND = Column.text("Sự kiện", true, 200, "Tên sự kiện như trên trang nhiệm vụ (ví dụ Ký hợp đồng, Nghiệm thu) "
            + "hoặc mã (CONTRACTED); một trong: " + String.join("; ", kinds().stream().map(EventKind::label).toList()) + ".");
    static final Column DATE = Column.date("Ngày", true, "Ngày của sự kiện; các sự kiện của một nhiệm vụ được ghi theo thứ tự ngày.");
    static final Column DOCUMENTS = Column.text("Văn bản", false, 2000, "Số, ký hiệu các văn bản trong sổ văn bản, cách nhau bằng dấu "
            + "chấm phẩy, ví dụ 1161/TTr-SKH&CN; 25/QĐ-SKH&CN (thêm \"ngày dd/mm/yyyy\" khi có nhiều văn bản cùng số).");
    static final Column RATING = Column.text("Xếp loại", false, 100, "Chỉ với họp hội đồng nghiệm thu, bắt buộc: tên hoặc mã xếp loại.");
    static final Column RECIPIENTS = Column.text("Tổ chức nhận kết quả", false, 4000,
            "Với giao quyền sử dụng, chuyển giao kết quả (bắt buộc) hoặc ứng dụng kết quả vào sản xuất, đời sống (tổ chức ứng dụng, "
                    + "không bắt buộc): tên tổ chức trong danh mục, cách nhau bằng dấu chấm phẩy.");
    static final Column NOTE = Column.text("Ghi chú", false, 2000, "Ghi chú của sự kiện.");
    static final RegisterSpec SPEC = new RegisterSpec("task-events", "Sự kiện của nhiệm vụ KH&CN", "Nhiệm vụ KH&CN", "Su kien nhiem vu",
            List.of(TASK, KIND, DATE, DOCUMENTS, RATING, RECIPIENTS, NOTE), "cùng nhiệm vụ, sự kiện và ngày",
            List.of("tasks", "organisations", "documents"));
    private static final Words<EventKind> KINDS = words();
    private final Tasks tasks;
    private final Organisations organisations;
    private final Documents documents;

    TaskEventSheet(Tasks tasks, Organisations organisations, Documents documents) {
        this.tasks = tasks;
        this.organisations = organisations;
        this.documents = documents;
    }

    /** The kinds a clerk records (a correction is made on the task's page, naming the event it voids). */
    private static List<EventKind> kinds() {
        return Arrays.stream(EventKind.values()).filter(k -> k != EventKind.CORRECTION).toList();
    }

    private static Words<EventKind> words() {
        Words<EventKind> w = new Words<>(kinds().stream().map(EventKind::label).toList());
        kinds().forEach(k -> w.add(k, k.label(), k.name()));
        kinds().forEach(k -> w.add(k, k.action()));
        return w;
    }

    @Override
    public RegisterSpec spec() {
        return SPEC;
    }

    @Override
    public Class<TaskQuery> queryType() {
        return TaskQuery.class;
    }

    /** One row read: the event it asks for, and where it came from. */
    private record Entry(int row, long taskId, EventKind kind, LocalDate date, String rating, String note, List<Long> documentIds,
                         List<Long> recipientIds) {
    }

    @Override
    public RowWriter open(long importId, String reason) {
        RatingWords ratings = new RatingWords(tasks);
        Problems problems = new Problems();
        Map<Long, List<Entry>> byTask = new LinkedHashMap<>();
        Map<String, Long> taskIds = new HashMap<>();
        Map<String, List<Long>> docs = new HashMap<>();
        Map<String, Long> orgs = new HashMap<>();
        return new RowWriter() {
            @Override
            public boolean write(ImportRow row) {
                int n = row.rowNumber();
                EventKind kind = KINDS.find(row.text(KIND));
                if (kind == null) {
                    problems.unknownWord(KIND, n, row.text(KIND), KINDS.accepted());
                }
                String rating = null;
                if (row.text(RATING) != null) {
                    rating = ratings.code(row.text(RATING));
                    if (rating == null) {
                        problems.unknownWord(RATING, n, row.text(RATING), ratings.accepted());
                    }
                }
                Long taskId = taskIds.computeIfAbsent(row.text(TASK), code -> tasks.findByCode(code).map(TaskFacts::id).orElse(null));
                if (taskId == null) {
                    problems.rule(n, TASK, "nhiệm vụ mã \"" + row.text(TASK) + "\" chưa có trong sổ nhiệm vụ: nhập sổ nhiệm vụ trước.");
                }
                List<Long> documentIds = List.of();
                List<Long> recipientIds = new ArrayList<>();
                try {
                    documentIds = row.text(DOCUMENTS) == null ? List.of() : docs.computeIfAbsent(row.text(DOCUMENTS),
                            refs -> documents.requireReferencedAll(refs, "documentIds", "Văn bản").stream().map(Document::id).toList());
                } catch (DomainException e) {
                    problems.rule(n, DOCUMENTS, e.getMessage());
                }
                if (row.text(RECIPIENTS) != null) {
                    for (String name : row.text(RECIPIENTS).split(";")) {
                        if (!name.isBlank()) {
                            try {
                                recipientIds.add(orgs.computeIfAbsent(name.strip(),
                                        k -> organisations.requireByName(k, "recipientIds", "Tổ chức nhận kết quả").id()));
                            } catch (DomainException e) {
                                problems.rule(n, RECIPIENTS, e.getMessage());
                            }
                        }
                    }
                }
                if (kind != null && taskId != null) {
                    byTask.computeIfAbsent(taskId, k -> new ArrayList<>()).add(new Entry(n, taskId, kind, row.date(DATE), rating,
                            row.text(NOTE), documentIds, recipientIds));
                }
                return true;
            }

            @Override
            public long finish() {
                problems.throwIfAny();
                long skipped = 0;
                for (List<Entry> entries : byTask.values()) {
                    Set<String> present = new HashSet<>();
                    tasks.load(entries.get(0).taskId()).activeEvents().forEach(e -> present.add(e.kind() + "|" + e.date()));
                    entries.sort(Comparator.comparing(Entry::date).thenComparing(Entry::kind).thenComparingInt(Entry::row));
                    for (Entry e : entries) {
                        if (!present.add(e.kind() + "|" + e.date())) {
                            skipped++;
                            continue;
                        }
                        try {
                            tasks.recordEvent(e.taskId(), new EventCommand(e.kind(), e.date(), e.rating(), e.note(), e.documentIds(),
                                    null, null, e.recipientIds(), reason));
                        } catch (DomainException ex) {
                            // the task's later rows depend on this one: they are not checked further
                            problems.rule(e.row(), column(ex.field()), ex.getMessage());
                            break;
                        } catch (AccessDeniedException ex) {
                            problems.rule(e.row(), TASK, ex.getMessage());
                            break;
                        }
                    }
                }
                problems.throwIfAny();
                return skipped;
            }

            @Override
            public String lateSkipReason() {
                return "là sự kiện nhiệm vụ đã có (cùng sự kiện và ngày)";
            }
        };
    }

    /** The column a broken rule of the task's life is about. */
    private static Column column(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "kind" -> KIND;
            case "date", "reason" -> DATE;
            case "rating" -> RATING;
            case "recipientIds" -> RECIPIENTS;
            case "documentIds", "documentNumber", "documentDate" -> DOCUMENTS;
            case "note" -> NOTE;
            default -> null;
        };
    }

    @Override
    public void export(TaskQuery query, Consumer<Object[]> sink) {
        RatingWords ratings = new RatingWords(tasks);
        List<TaskFacts> selected = new ArrayList<>();
        tasks.stream(query, selected::add);
        for (TaskFacts t : selected) {
            for (EventView v : tasks.get(t.id()).events()) {
                TaskEvent e = v.event();
                if (v.voided() || e.kind() == EventKind.CORRECTION) {
                    continue;
                }
                sink.accept(SPEC.row().put(TASK, t.code()).put(KIND, e.kind().label()).put(DATE, e.date())
                        .put(DOCUMENTS, v.documents().isEmpty() ? null : String.join("; ", v.documents().stream()
                                .map(d -> d.numberSymbol() + " ngày " + Formats.date(d.issuedOn())).toList()))
                        .put(RATING, ratings.label(e.rating()))
                        .put(RECIPIENTS, v.recipients().isEmpty() ? null : String.join("; ", v.recipients()))
                        .put(NOTE, e.note()).values());
            }
        }
    }
}
