package vn.gov.khcn.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.identity.AccessPolicy;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.records.PeriodLocks;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.VietnameseText;

/** The use cases around a task's life that are not lifecycle events: its councils and its budget amendments. */
final class CouncilsAndBudget {
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final PeriodLocks locks;
    private final Documents documents;
    private final TaskReads reads;
    private final Clock clock;

    CouncilsAndBudget(JdbcClient jdbc, AuditTrail audit, PeriodLocks locks, Documents documents, TaskReads reads, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.locks = locks;
        this.documents = documents;
        this.reads = reads;
        this.clock = clock;
    }

    Council formCouncil(TaskFacts t, CouncilCommand c) {
        long taskId = t.id();
        AccessPolicy.requireEdit(CurrentUser.get(), t.unit());
        if (c.kind() == null) {
            throw new DomainException("kind", "Cần chọn loại hội đồng.");
        }
        if (c.formedOn() == null) {
            throw new DomainException("formedOn", "Cần nhập ngày quyết định thành lập hội đồng.");
        }
        Formats.checkRange("formedOn", c.formedOn());
        Formats.checkRange("meetingDate", c.meetingDate());
        if (c.meetingDate() != null && c.meetingDate().isBefore(c.formedOn())) {
            throw new DomainException("meetingDate", "Ngày họp không được trước ngày thành lập hội đồng.");
        }
        List<CouncilMember> members = new ArrayList<>();
        for (CouncilMember m : c.members() == null ? List.<CouncilMember>of() : c.members()) {
            String name = Tasks.limit("members", m.name(), 200);
            String role = Tasks.limit("members", m.role(), 100);
            if (name != null) {
                members.add(new CouncilMember(name, role == null ? "Ủy viên" : role));
            }
        }
        if (members.isEmpty()) {
            throw new DomainException("members", "Cần nhập ít nhất một thành viên hội đồng (họ tên và vai trò).");
        }
        Long doc = c.documentId() == null ? null : documents.get(c.documentId()).id();
        String reason = VietnameseText.clean(c.reason());
        List<LocalDate> dates = new ArrayList<>(List.of(c.formedOn()));
        Optional.ofNullable(c.meetingDate()).ifPresent(dates::add);
        locks.checkChange(Tasks.AUDIT, taskId, dates, reason);
        var kh = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into task_council(task_id, kind, formed_on, meeting_date, outcome, document_id)
                values (:t, :k, :f, :m, :o, :d)""")
                .param("t", taskId).param("k", c.kind().name()).param("f", c.formedOn()).param("m", c.meetingDate())
                .param("o", Tasks.limit("outcome", c.outcome(), 2000)).param("d", doc).update(kh, "id");
        long id = kh.getKey().longValue();
        for (int i = 0; i < members.size(); i++) {
            jdbc.sql("insert into task_council_member(council_id, name, role, sort_order) values (:c, :n, :r, :o)")
                    .param("c", id).param("n", members.get(i).name()).param("r", members.get(i).role()).param("o", i).update();
        }
        bumpVersion(taskId);
        Council saved = reads.councils(taskId).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        audit.record(Tasks.AUDIT, taskId, "COUNCIL", null, saved, reason);
        return saved;
    }

    BudgetAmendment amendBudget(TaskFacts t, BudgetCommand c) {
        long taskId = t.id();
        AccessPolicy.requireEdit(CurrentUser.get(), t.unit());
        if (c.amendedOn() == null) {
            throw new DomainException("amendedOn", "Cần nhập ngày của kinh phí (ngày văn bản phê duyệt, điều chỉnh).");
        }
        Formats.checkRange("amendedOn", c.amendedOn());
        if (c.stateBudget() == null || c.stateBudget() < 0) {
            throw new DomainException("stateBudget", "Kinh phí ngân sách nhà nước phải là số đồng không âm.");
        }
        long other = c.otherSources() == null ? 0 : c.otherSources();
        if (other < 0) {
            throw new DomainException("otherSources", "Kinh phí từ nguồn khác phải là số đồng không âm.");
        }
        if (c.documentId() == null) {
            throw new DomainException("documentId", "Cần chọn văn bản phê duyệt hoặc điều chỉnh kinh phí.");
        }
        long doc = documents.get(c.documentId()).id();
        List<BudgetAmendment> budget = reads.budget(taskId);
        if (!budget.isEmpty() && c.amendedOn().isBefore(budget.get(budget.size() - 1).amendedOn())) {
            throw new DomainException("amendedOn", "Ngày điều chỉnh không được trước lần điều chỉnh gần nhất ("
                    + Formats.date(budget.get(budget.size() - 1).amendedOn()) + ").");
        }
        String reason = VietnameseText.clean(c.reason());
        locks.checkChange(Tasks.AUDIT, taskId, List.of(c.amendedOn()), reason);
        var kh = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into task_budget_amendment(task_id, amended_on, state_budget, other_sources, document_id, note, recorded_at)
                values (:t, :d, :s, :o, :doc, :n, :at)""")
                .param("t", taskId).param("d", c.amendedOn()).param("s", c.stateBudget()).param("o", other)
                .param("doc", doc).param("n", Tasks.limit("note", c.note(), 2000)).param("at", OffsetDateTime.now(clock)).update(kh, "id");
        long id = kh.getKey().longValue();
        bumpVersion(taskId);
        BudgetAmendment saved = reads.budget(taskId).stream().filter(b -> b.id() == id).findFirst().orElseThrow();
        audit.record(Tasks.AUDIT, taskId, "BUDGET", budget.isEmpty() ? null : budget.get(budget.size() - 1), saved, reason);
        return saved;
    }

    private void bumpVersion(long taskId) {
        jdbc.sql("update task set version = version + 1 where id = :id").param("id", taskId).update();
    }
}
