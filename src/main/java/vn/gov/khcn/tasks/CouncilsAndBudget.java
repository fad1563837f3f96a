package vn.gov.khcn.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.records.RecordType;
import vn.gov.khcn.records.RecordWrites;
import vn.gov.khcn.records.Register;
import vn.gov.khcn.shared.Check;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.vocabulary.Vocabularies;
import vn.gov.khcn.vocabulary.VocabularyList;

/**
 * The use cases around a task's life that are not lifecycle events: its councils and its budget amendments,
 * children added while the task is held (a budget is never dated before the latest one). Audited and locked by
 * issued periods as the task's ("task", the task's id), like its events.
 */
final class CouncilsAndBudget {
    private final JdbcClient jdbc;
    private final TaskChildren children;
    private final Register<Council> councils;
    private final Register<BudgetAmendment> budgets;
    private final TaskReads reads;
    private final Documents documents;
    private final Clock clock;
    private final Vocabularies vocabularies;

    CouncilsAndBudget(JdbcClient jdbc, RecordWrites writes, TaskChildren children, TaskReads reads, Documents documents, Clock clock,
                      Vocabularies vocabularies) {
        this.jdbc = jdbc;
        this.vocabularies = vocabularies;
        this.children = children;
        this.reads = reads;
        this.documents = documents;
        this.clock = clock;
        this.councils = writes.register(new RecordType<>(Tasks.AUDIT, "hội đồng của nhiệm vụ", "task", c -> children.owner(c.taskId()),
                CouncilsAndBudget::dates, c -> vocabularies.label(VocabularyList.COUNCIL_KIND, c.kind().code())),
                taskId -> reads.councils(taskId).stream().max(Comparator.comparingLong(Council::id)).orElseThrow());
        this.budgets = writes.register(new RecordType<>(Tasks.AUDIT, "kinh phí của nhiệm vụ", "task", b -> children.owner(b.taskId()),
                b -> List.of(b.amendedOn()), b -> Formats.date(b.amendedOn())),
                taskId -> reads.budget(taskId).stream().max(Comparator.comparingLong(BudgetAmendment::id)).orElseThrow());
    }

    private static List<LocalDate> dates(Council c) {
        List<LocalDate> d = new ArrayList<>(List.of(c.formedOn()));
        if (c.meetingDate() != null) {
            d.add(c.meetingDate());
        }
        return d;
    }

    Council formCouncil(long taskId, CouncilCommand c) {
        TaskFacts t = children.hold(taskId);
        return councils.add(t.unit(), c.reason(), "hội đồng", "COUNCIL", () -> {
            CouncilKind kind = new CouncilKind(vocabularies.resolve(VocabularyList.COUNCIL_KIND, "kind",
                    Check.chosen("kind", "loại hội đồng", c.kind()).code()).code());
            LocalDate formed = Check.date("formedOn", "ngày quyết định thành lập hội đồng", c.formedOn());
            LocalDate meeting = Check.optionalDate("meetingDate", "ngày họp", c.meetingDate());
            Check.notBefore("meetingDate", meeting, formed, "Ngày họp không được trước ngày thành lập hội đồng.");
            List<CouncilMember> members = new ArrayList<>();
            for (CouncilMember m : c.members() == null ? List.<CouncilMember>of() : c.members()) {
                String name = Check.optionalText("members", "họ tên thành viên", m.name(), 200);
                String role = Check.optionalText("members", "vai trò thành viên", m.role(), 100);
                if (name != null) {
                    members.add(new CouncilMember(name, role == null ? "Ủy viên" : role));
                }
            }
            if (members.isEmpty()) {
                throw new DomainException("members", "Cần nhập ít nhất một thành viên hội đồng (họ tên và vai trò).");
            }
            Long doc = c.documentId() == null ? null : documents.get(c.documentId()).id();
            long id = RecordSql.insert(jdbc, """
                    insert into task_council(task_id, kind, formed_on, meeting_date, outcome, document_id)
                    values (:t, :k, :f, :m, :o, :d)""", RecordSql.params("t", taskId, "k", kind, "f", formed, "m", meeting,
                    "o", Check.optionalText("outcome", "kết quả", c.outcome(), 2000), "d", doc));
            for (int i = 0; i < members.size(); i++) {
                jdbc.sql("insert into task_council_member(council_id, name, role, sort_order) values (:c, :n, :r, :o)")
                        .param("c", id).param("n", members.get(i).name()).param("r", members.get(i).role()).param("o", i).update();
            }
            bumpVersion(taskId);
            return taskId;
        });
    }

    BudgetAmendment amendBudget(long taskId, BudgetCommand c) {
        TaskFacts t = children.hold(taskId);
        return budgets.add(t.unit(), c.reason(), "kinh phí", "BUDGET", () -> {
            LocalDate on = Check.date("amendedOn", "ngày của kinh phí (ngày văn bản phê duyệt, điều chỉnh)", c.amendedOn());
            if (c.stateBudget() == null || c.stateBudget() < 0) {
                throw new DomainException("stateBudget", "Kinh phí ngân sách nhà nước phải là số đồng không âm.");
            }
            long other = c.otherSources() == null ? 0 : c.otherSources();
            if (other < 0) {
                throw new DomainException("otherSources", "Kinh phí từ nguồn khác phải là số đồng không âm.");
            }
            long doc = documents.get(Check.chosen("documentId", "văn bản phê duyệt hoặc điều chỉnh kinh phí", c.documentId())).id();
            List<BudgetAmendment> budget = reads.budget(taskId);
            if (!budget.isEmpty()) {
                LocalDate last = budget.get(budget.size() - 1).amendedOn();
                Check.notBefore("amendedOn", on, last, "Ngày điều chỉnh không được trước lần điều chỉnh gần nhất (" + Formats.date(last) + ").");
            }
            RecordSql.insert(jdbc, """
                    insert into task_budget_amendment(task_id, amended_on, state_budget, other_sources, document_id, note, recorded_at)
                    values (:t, :d, :s, :o, :doc, :n, :at)""", RecordSql.params("t", taskId, "d", on, "s", c.stateBudget(), "o", other,
                    "doc", doc, "n", Check.optionalText("note", "ghi chú", c.note(), 2000), "at", OffsetDateTime.now(clock)));
            bumpVersion(taskId);
            return taskId;
        });
    }

    private void bumpVersion(long taskId) {
        jdbc.sql("update task set version = version + 1 where id = :id").param("id", taskId).update();
    }
}
