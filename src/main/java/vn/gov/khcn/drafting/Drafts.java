package vn.gov.khcn.drafting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.identity.AccessPolicy;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.records.PeriodLocks;
import vn.gov.khcn.shared.ConcurrentEditException;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.NotFoundException;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.VietnameseText;

/** The register of legal-document drafts: the façade other areas and the pages use. */
@Service
public class Drafts {
    private static final String COLS = "id, title, body, normative, unit, stage, begun_on, issued_on, version";
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final PeriodLocks locks;
    private final Documents documents;

    Drafts(JdbcClient jdbc, AuditTrail audit, PeriodLocks locks, Documents documents) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.locks = locks;
        this.documents = documents;
    }

    public Draft get(long id) {
        return jdbc.sql("select " + COLS + " from draft where id = :id").param("id", id).query(Draft.class).optional()
                .orElseThrow(() -> new NotFoundException("dự thảo", id));
    }

    public List<DraftStageEntry> stages(long draftId) {
        return jdbc.sql("select id, draft_id, stage, reached_on, document_id, note from draft_stage where draft_id = :id order by reached_on, id")
                .param("id", draftId).query(DraftStageEntry.class).list();
    }

    /** Filters may be null; the title is searched without diacritics. */
    public PageResult<Draft> search(String q, DraftBody body, DraftStage stage, int page, int size) {
        String where = """
                where (cast(:q as varchar) is null or title_folded like :q)
                  and (cast(:b as varchar) is null or body = :b)
                  and (cast(:s as varchar) is null or stage = :s)""";
        String folded = q == null || q.isBlank() ? null : "%" + VietnameseText.fold(q) + "%";
        String b = body == null ? null : body.name();
        String s = stage == null ? null : stage.name();
        long total = jdbc.sql("select count(*) from draft " + where).param("q", folded).param("b", b).param("s", s)
                .query(Long.class).single();
        List<Draft> items = jdbc.sql("select " + COLS + " from draft " + where + " order by begun_on desc, id desc limit :lim offset :off")
                .param("q", folded).param("b", b).param("s", s).param("lim", size).param("off", (long) page * size)
                .query(Draft.class).list();
        return new PageResult<>(items, page, size, total);
    }

    @Transactional
    public Draft create(DraftCommand c) {
        Draft v = validate(c);
        AccessPolicy.requireEdit(CurrentUser.get(), v.unit());
        var kh = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into draft(title, title_folded, body, normative, unit, stage, begun_on)
                values (:t, :tf, :b, :n, :u, 'DRAFTING', :d)""")
                .param("t", v.title()).param("tf", VietnameseText.fold(v.title())).param("b", v.body().name())
                .param("n", v.normative()).param("u", v.unit().name()).param("d", v.begunOn()).update(kh, "id");
        long id = kh.getKey().longValue();
        jdbc.sql("insert into draft_stage(draft_id, stage, reached_on) values (:id, 'DRAFTING', :d)")
                .param("id", id).param("d", v.begunOn()).update();
        Draft saved = get(id);
        audit.record("draft", id, "CREATE", null, saved);
        return saved;
    }

    @Transactional
    public Draft update(long id, DraftCommand c) {
        Draft before = get(id);
        AccessPolicy.requireEdit(CurrentUser.get(), before.unit());
        Draft v = validate(c);
        AccessPolicy.requireEdit(CurrentUser.get(), v.unit());
        stages(id).stream().filter(s -> s.stage() != DraftStage.DRAFTING && s.reachedOn().isBefore(v.begunOn())).findFirst()
                .ifPresent(s -> {
                    throw new DomainException("begunOn", "Ngày bắt đầu soạn thảo không được sau ngày " + s.stage().label().toLowerCase()
                            + " (" + Formats.date(s.reachedOn()) + ").");
                });
        locks.checkChange("draft", id, List.of(before.begunOn(), v.begunOn()), null);
        int n = jdbc.sql("""
                update draft set title = :t, title_folded = :tf, body = :b, normative = :n, unit = :u, begun_on = :d,
                       version = version + 1 where id = :id and version = :v""")
                .param("t", v.title()).param("tf", VietnameseText.fold(v.title())).param("b", v.body().name())
                .param("n", v.normative()).param("u", v.unit().name()).param("d", v.begunOn())
                .param("id", id).param("v", c.version() == null ? before.version() : c.version()).update();
        if (n == 0) {
            throw new ConcurrentEditException("Dự thảo \"" + before.title() + "\"", before.toString());
        }
        jdbc.sql("update draft_stage set reached_on = :d where draft_id = :id and stage = 'DRAFTING'")
                .param("d", v.begunOn()).param("id", id).update();
        Draft after = get(id);
        audit.record("draft", id, "UPDATE", before, after);
        return after;
    }

    /** Records that the draft reached a later stage; an earlier or repeated stage, or an earlier date, is refused. */
    @Transactional
    public Draft advance(long id, StageCommand c) {
        Draft before = get(id);
        AccessPolicy.requireEdit(CurrentUser.get(), before.unit());
        if (c.stage() == null) {
            throw new DomainException("stage", "Cần chọn giai đoạn.");
        }
        if (!before.stage().canMoveTo(c.stage())) {
            throw new DomainException("stage", "Dự thảo đang ở giai đoạn \"" + before.stage().label()
                    + "\": không thể chuyển sang \"" + c.stage().label() + "\".");
        }
        if (c.reachedOn() == null) {
            throw new DomainException("reachedOn", "Cần nhập ngày của giai đoạn.");
        }
        Formats.checkRange("reachedOn", c.reachedOn());
        LocalDate last = stages(id).stream().map(DraftStageEntry::reachedOn).max(LocalDate::compareTo).orElse(before.begunOn());
        if (c.reachedOn().isBefore(last)) {
            throw new DomainException("reachedOn", "Ngày " + Formats.date(c.reachedOn()) + " trước giai đoạn trước ("
                    + Formats.date(last) + ").");
        }
        if (c.documentId() != null) {
            documents.get(c.documentId());
        }
        String note = VietnameseText.clean(c.note());
        if (note != null && note.length() > 2000) {
            throw new DomainException("note", "Ghi chú dài quá 2.000 ký tự.");
        }
        jdbc.sql("insert into draft_stage(draft_id, stage, reached_on, document_id, note) values (:id, :s, :d, :doc, :n)")
                .param("id", id).param("s", c.stage().name()).param("d", c.reachedOn()).param("doc", c.documentId())
                .param("n", note).update();
        int n = jdbc.sql("update draft set stage = :s, issued_on = :i, version = version + 1 where id = :id and version = :v")
                .param("s", c.stage().name()).param("i", c.stage() == DraftStage.ISSUED ? c.reachedOn() : null)
                .param("id", id).param("v", before.version()).update();
        if (n == 0) {
            throw new ConcurrentEditException("Dự thảo \"" + before.title() + "\"", before.toString());
        }
        Draft after = get(id);
        audit.record("draft", id, "STAGE_" + c.stage().name(), before, after);
        return after;
    }

    public Optional<Draft> findByTitle(String title) {
        return jdbc.sql("select " + COLS + " from draft where title = :t").param("t", VietnameseText.clean(title))
                .query(Draft.class).optional();
    }

    /** Whether the register holds a draft of this title for this body (what makes two drafts the same one). */
    public boolean exists(String title, DraftBody body) {
        return jdbc.sql("select count(*) from draft where title = :t and body = :b").param("t", VietnameseText.clean(title))
                .param("b", body.name()).query(Long.class).single() > 0;
    }

    private static Draft validate(DraftCommand c) {
        String title = VietnameseText.clean(c.title());
        if (title == null) {
            throw new DomainException("title", "Cần nhập tên dự thảo.");
        }
        if (title.length() > 1000) {
            throw new DomainException("title", "Tên dự thảo dài quá 1.000 ký tự.");
        }
        if (c.body() == null) {
            throw new DomainException("body", "Cần chọn cơ quan ban hành (Tỉnh ủy, HĐND tỉnh, UBND tỉnh).");
        }
        if (c.begunOn() == null) {
            throw new DomainException("begunOn", "Cần nhập ngày bắt đầu soạn thảo.");
        }
        Formats.checkRange("begunOn", c.begunOn());
        Unit unit = c.unit() == null ? Unit.SCIENCE : c.unit();
        return new Draft(0, title, c.body(), Boolean.TRUE.equals(c.normative()), unit, DraftStage.DRAFTING, c.begunOn(), null, 0);
    }
}
