package vn.gov.khcn.drafting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.records.RecordType;
import vn.gov.khcn.records.RecordWrites;
import vn.gov.khcn.records.Register;
import vn.gov.khcn.shared.Check;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.Rows;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.VietnameseText;

/**
 * The register of legal-document drafts and the stages they pass through, kept by the unit that leads each draft.
 * One draft per title and issuing body; a draft only moves forward, and never to a day before its last stage.
 */
@Service
public class Drafts {
    static final RecordType<Draft> DRAFT = new RecordType<>("draft", "dự thảo", "draft", Draft::unit, Draft::reportDates, Draft::title);
    private static final String COLS = "id, title, body, normative, unit, stage, begun_on, issued_on, version";
    private static final String SAME = "cùng tên dự thảo và cơ quan ban hành";
    private final JdbcClient jdbc;
    private final Documents documents;
    private final Register<Draft> drafts;

    Drafts(JdbcClient jdbc, RecordWrites writes, Documents documents) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.drafts = writes.register(DRAFT, this::get);
    }

    public Draft get(long id) {
        return RecordSql.get(jdbc, Draft.class, "select " + COLS + " from draft where id = :id", id, "dự thảo");
    }

    public List<DraftStageEntry> stages(long draftId) {
        return jdbc.sql("select id, draft_id, stage, reached_on, document_id, note from draft_stage where draft_id = :id order by reached_on, id")
                .param("id", draftId).query(Rows.of(DraftStageEntry.class)).list();
    }

    /** The list's page: by title (diacritics ignored), body and stage; latest begun first. */
    public PageResult<Draft> search(DraftQuery q, int page, int size) {
        return RecordSql.page(jdbc, Draft.class, COLS, "draft",
                "(cast(:q as varchar) is null or title_folded like :q) and (cast(:b as varchar) is null or body = :b)"
                        + " and (cast(:s as varchar) is null or stage = :s)",
                RecordSql.params("q", RecordSql.like(q.q()), "b", q.body(), "s", q.stage()), "begun_on desc, id desc", page, size);
    }

    /** Whether the register holds a draft of this title for this body (what makes two drafts the same one). */
    public boolean exists(String title, DraftBody body) {
        return jdbc.sql("select count(*) from draft where title = :t and body = :b").param("t", VietnameseText.clean(title))
                .param("b", body.name()).query(Long.class).single() > 0;
    }

    /** Opens a draft at the drafting stage, begun on its date. */
    @Transactional
    public Draft record(DraftCommand c) {
        return drafts.add(unit(c), c.reason(), SAME, () -> {
            long id = RecordSql.insert(jdbc, """
                    insert into draft(title, title_folded, body, normative, unit, stage, begun_on)
                    values (:title, :titleFolded, :body, :normative, :unit, 'DRAFTING', :begunOn)""", validate(c, null));
            jdbc.sql("insert into draft_stage(draft_id, stage, reached_on) values (:id, 'DRAFTING', :d)")
                    .param("id", id).param("d", c.begunOn()).update();
            return id;
        });
    }

    @Transactional
    public Draft correct(long id, DraftCommand c) {
        return drafts.change(id, c.version(), c.reason(), before -> {
            Valid v = validate(c, id);
            stages(id).stream().filter(s -> s.stage() != DraftStage.DRAFTING && s.reachedOn().isBefore(v.begunOn())).findFirst()
                    .ifPresent(s -> {
                        throw new DomainException("begunOn", "Ngày bắt đầu soạn thảo không được sau ngày " + s.stage().label().toLowerCase()
                                + " (" + Formats.date(s.reachedOn()) + ").");
                    });
            RecordSql.update(jdbc, """
                    update draft set title = :title, title_folded = :titleFolded, body = :body, normative = :normative, unit = :unit,
                           begun_on = :begunOn where id = :id""", id, v);
            jdbc.sql("update draft_stage set reached_on = :d where draft_id = :id and stage = 'DRAFTING'")
                    .param("d", v.begunOn()).param("id", id).update();
        });
    }

    /** Records that the draft reached a later stage; an earlier or repeated stage, or an earlier date, is refused. */
    @Transactional
    public Draft advance(long id, StageCommand c) {
        String action = "STAGE_" + (c.stage() == null ? "NONE" : c.stage().name());
        return drafts.change(id, c.version(), c.reason(), action, before -> {
            DraftStage stage = Check.chosen("stage", "giai đoạn", c.stage());
            if (!before.stage().canMoveTo(stage)) {
                throw new DomainException("stage", "Dự thảo đang ở giai đoạn \"" + before.stage().label()
                        + "\": không thể chuyển sang \"" + stage.label() + "\".");
            }
            LocalDate on = Check.date("reachedOn", "ngày của giai đoạn", c.reachedOn());
            LocalDate last = stages(id).stream().map(DraftStageEntry::reachedOn).max(LocalDate::compareTo).orElse(before.begunOn());
            Check.notBefore("reachedOn", on, last, "Ngày " + Formats.date(on) + " trước giai đoạn trước (" + Formats.date(last) + ").");
            Long doc = c.documentId() == null ? null : documents.get(c.documentId()).id();
            jdbc.sql("insert into draft_stage(draft_id, stage, reached_on, document_id, note) values (:id, :s, :d, :doc, :n)")
                    .param("id", id).param("s", stage.name()).param("d", on).param("doc", doc)
                    .param("n", Check.optionalText("note", "ghi chú", c.note(), 2000)).update();
            jdbc.sql("update draft set stage = :s, issued_on = :i where id = :id")
                    .param("s", stage.name()).param("i", stage == DraftStage.ISSUED ? on : null).param("id", id).update();
        });
    }

    /** The unit leading the draft: as chosen, else the clerk's own (an administrator's: the science unit). */
    private static Unit unit(DraftCommand c) {
        return c.unit() != null ? c.unit() : Optional.ofNullable(CurrentUser.get().unit()).orElse(Unit.SCIENCE);
    }

    /** A draft as the register stores it: checked and cleaned, with its folded title for search. */
    private record Valid(String title, String titleFolded, DraftBody body, boolean normative, Unit unit, LocalDate begunOn) {
    }

    private Valid validate(DraftCommand c, Long id) {
        String title = Check.text("title", "tên dự thảo", c.title(), 1000);
        DraftBody body = Check.chosen("body", "cơ quan ban hành (Tỉnh ủy, HĐND tỉnh, UBND tỉnh)", c.body());
        LocalDate begun = Check.date("begunOn", "ngày bắt đầu soạn thảo", c.begunOn());
        jdbc.sql("select id from draft where title = :t and body = :b").param("t", title).param("b", body.name()).query(Long.class).list()
                .stream().filter(x -> id == null || x != id).findFirst().ifPresent(x -> {
                    throw new DomainException("title", "Đã có dự thảo \"" + title + "\" trình " + body.label() + ".");
                });
        return new Valid(title, VietnameseText.fold(title), body, Boolean.TRUE.equals(c.normative()), unit(c), begun);
    }
}
