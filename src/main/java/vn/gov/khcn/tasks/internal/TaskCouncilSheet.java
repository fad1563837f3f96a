package vn.gov.khcn.tasks.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RegisterSheet;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.exchange.spi.RowWriter;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.tasks.Council;
import vn.gov.khcn.tasks.CouncilCommand;
import vn.gov.khcn.tasks.CouncilKind;
import vn.gov.khcn.tasks.CouncilMember;
import vn.gov.khcn.tasks.TaskFacts;
import vn.gov.khcn.tasks.TaskQuery;
import vn.gov.khcn.tasks.Tasks;
import vn.gov.khcn.vocabulary.Vocabularies;
import vn.gov.khcn.vocabulary.VocabularyList;

/**
 * The tasks' councils by spreadsheet: one row per council, its members in one cell. Every row is checked first, then
 * the councils are formed through {@link Tasks#formCouncil} (rules, access, issued periods, audit); a council the
 * task already has (same kind and day formed) is skipped. Any error refuses the whole file.
 */
@Component
class TaskCouncilSheet implements RegisterSheet<TaskQuery> {
    static final Column TASK = Column.text("Mã nhiệm vụ", true, 40, "Mã của nhiệm vụ như trong danh sách nhiệm vụ (nhập sổ nhiệm vụ trước).");
    static final Column FORMED = Column.date("Ngày thành lập", true, "Ngày quyết định thành lập hội đồng.");
    static final Column MEETING = Column.date("Ngày họp", false, "Không trước ngày thành lập.");
    static final Column OUTCOME = Column.text("Kết quả", false, 2000, "Kết quả họp hội đồng.");
    static final Column DOCUMENT = Column.text("Quyết định thành lập", false, 300,
            "Số, ký hiệu quyết định trong sổ văn bản (thêm \"ngày dd/mm/yyyy\" khi có nhiều văn bản cùng số).");
    static final Column MEMBERS = Column.text("Thành viên", true, 8000, "Họ tên và vai trò, cách nhau bằng dấu chấm phẩy, ví dụ "
            + "Nguyễn Văn An (Chủ tịch); Lê Thị Bình (Phản biện); không ghi vai trò: Ủy viên.");
    private static final Pattern MEMBER = Pattern.compile("(.+?)\\s*\\(([^()]*)\\)\\s*");
    /** The kind: the council-kind vocabulary's current entries, by label or code ("Hội đồng nghiệm thu", "ACCEPTANCE"). */
    private final Column kindColumn;
    private final RegisterSpec spec;
    private final Tasks tasks;
    private final Documents documents;

    TaskCouncilSheet(Tasks tasks, Documents documents, Vocabularies vocabularies) {
        this.kindColumn = Column.vocabulary("Loại hội đồng", true, vocabularies.choices(VocabularyList.COUNCIL_KIND),
                "Chọn trong danh sách (tên hoặc mã); danh mục loại hội đồng ở trang Danh mục.");
        this.spec = new RegisterSpec("task-councils", "Hội đồng của nhiệm vụ KH&CN", "Nhiệm vụ KH&CN", "Hoi dong nhiem vu",
                List.of(TASK, kindColumn, FORMED, MEETING, OUTCOME, DOCUMENT, MEMBERS), "cùng nhiệm vụ, loại hội đồng và ngày thành lập",
                List.of("tasks", "documents"));
        this.tasks = tasks;
        this.documents = documents;
    }

    @Override
    public RegisterSpec spec() {
        return spec;
    }

    @Override
    public Class<TaskQuery> queryType() {
        return TaskQuery.class;
    }

    private record Entry(int row, long taskId, CouncilCommand command) {
    }

    /** "Nguyễn Văn An (Chủ tịch); Lê Thị Bình" → the members, a member without a role being a plain member. */
    static List<CouncilMember> members(String cell) {
        List<CouncilMember> out = new ArrayList<>();
        for (String part : cell.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            Matcher m = MEMBER.matcher(part.strip());
            out.add(m.matches() ? new CouncilMember(m.group(1).strip(), m.group(2).isBlank() ? null : m.group(2).strip())
                    : new CouncilMember(part.strip(), null));
        }
        return out;
    }

    @Override
    public RowWriter open(long importId, String reason) {
        Problems problems = new Problems();
        List<Entry> entries = new ArrayList<>();
        Map<String, Long> taskIds = new HashMap<>();
        return new RowWriter() {
            @Override
            public boolean write(ImportRow row) {
                int n = row.rowNumber();
                CouncilKind kind = CouncilKind.valueOf(row.text(kindColumn));
                Long taskId = taskIds.computeIfAbsent(row.text(TASK), code -> tasks.findByCode(code).map(TaskFacts::id).orElse(null));
                if (taskId == null) {
                    problems.rule(n, TASK, "nhiệm vụ mã \"" + row.text(TASK) + "\" chưa có trong sổ nhiệm vụ: nhập sổ nhiệm vụ trước.");
                }
                Long documentId = null;
                try {
                    documentId = row.text(DOCUMENT) == null ? null
                            : documents.requireReferenced(row.text(DOCUMENT), "documentId", "Quyết định thành lập").id();
                } catch (DomainException e) {
                    problems.rule(n, DOCUMENT, e.getMessage());
                }
                if (kind != null && taskId != null) {
                    entries.add(new Entry(n, taskId, new CouncilCommand(kind, row.date(FORMED), row.date(MEETING), row.text(OUTCOME), documentId,
                            members(row.text(MEMBERS)), reason)));
                }
                return true;
            }

            @Override
            public long finish() {
                problems.throwIfAny();
                long skipped = 0;
                Map<Long, Set<String>> present = new HashMap<>();
                for (Entry e : entries) {
                    Set<String> held = present.computeIfAbsent(e.taskId(), id -> {
                        Set<String> s = new HashSet<>();
                        tasks.get(id).councils().forEach(c -> s.add(c.kind() + "|" + c.formedOn()));
                        return s;
                    });
                    if (!held.add(e.command().kind() + "|" + e.command().formedOn())) {
                        skipped++;
                        continue;
                    }
                    try {
                        tasks.formCouncil(e.taskId(), e.command());
                    } catch (DomainException ex) {
                        problems.rule(e.row(), column(ex.field()), ex.getMessage());
                    } catch (AccessDeniedException ex) {
                        problems.rule(e.row(), TASK, ex.getMessage());
                    }
                }
                problems.throwIfAny();
                return skipped;
            }

            @Override
            public String lateSkipReason() {
                return "là hội đồng nhiệm vụ đã có (cùng loại và ngày thành lập)";
            }
        };
    }

    private Column column(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "kind" -> kindColumn;
            case "formedOn", "reason" -> FORMED;
            case "meetingDate" -> MEETING;
            case "outcome" -> OUTCOME;
            case "members" -> MEMBERS;
            case "documentId" -> DOCUMENT;
            default -> null;
        };
    }

    @Override
    public void export(TaskQuery query, Consumer<Object[]> sink) {
        List<TaskFacts> selected = new ArrayList<>();
        tasks.stream(query, selected::add);
        Map<String, String> kinds = tasks.councilKindLabels();
        for (TaskFacts t : selected) {
            for (Council c : tasks.get(t.id()).councils()) {
                sink.accept(spec.row().put(TASK, t.code()).put(kindColumn, kinds.getOrDefault(c.kind().code(), c.kind().code())).put(FORMED, c.formedOn()).put(MEETING, c.meetingDate())
                        .put(OUTCOME, c.outcome())
                        .put(DOCUMENT, c.document() == null ? null : c.document().numberSymbol() + " ngày " + Formats.date(c.document().issuedOn()))
                        .put(MEMBERS, String.join("; ", c.members().stream().map(m -> m.name() + " (" + m.role() + ")").toList())).values());
            }
        }
    }

}
