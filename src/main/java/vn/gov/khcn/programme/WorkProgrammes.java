package vn.gov.khcn.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.documents.Document;
import vn.gov.khcn.documents.DocumentRef;
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

/** The work programme register: monthly programmes and the items assigned to the department. */
@Service
public class WorkProgrammes {
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final PeriodLocks locks;
    private final Documents documents;
    private final Clock clock;

    WorkProgrammes(JdbcClient jdbc, AuditTrail audit, PeriodLocks locks, Documents documents, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.locks = locks;
        this.documents = documents;
        this.clock = clock;
    }

    private record ProgrammeRow(long id, String programmeMonth, long documentId, int version) {
    }

    private record ItemRow(long id, long programmeId, String programmeMonth, String title, LocalDate deadline, ItemStatus status,
                           String outcome, Unit unit, int version) {
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<WorkProgramme> programmes() {
        List<ProgrammeRow> rows = jdbc.sql("select id, programme_month, document_id, version from work_programme order by programme_month desc")
                .query(ProgrammeRow.class).list();
        Map<Long, Document> docs = documents.byIds(rows.stream().map(ProgrammeRow::documentId).toList());
        return rows.stream().map(r -> new WorkProgramme(r.id(), r.programmeMonth(), docs.get(r.documentId()).ref(), r.version())).toList();
    }

    public WorkProgramme programme(long id) {
        return programmes().stream().filter(p -> p.id() == id).findFirst().orElseThrow(() -> new NotFoundException("chương trình công tác", id));
    }

    public Optional<WorkProgramme> programmeOf(String month) {
        return programmes().stream().filter(p -> p.month().equals(month)).findFirst();
    }

    @Transactional
    public WorkProgramme createProgramme(ProgrammeCommand c) {
        AccessPolicy.requireEditShared(CurrentUser.get());
        String month = month(c.month());
        if (c.documentId() == null) {
            throw new DomainException("documentId", "Cần chọn văn bản ban hành Chương trình công tác.");
        }
        documents.get(c.documentId());
        if (programmeOf(month).isPresent()) {
            throw new DomainException("month", "Chương trình công tác tháng " + month + " đã có.");
        }
        var kh = new GeneratedKeyHolder();
        jdbc.sql("insert into work_programme(programme_month, document_id) values (:m, :d)").param("m", month).param("d", c.documentId()).update(kh, "id");
        WorkProgramme saved = programme(kh.getKey().longValue());
        audit.record("workProgramme", saved.id(), "CREATE", null, saved);
        return saved;
    }

    public ProgrammeItem item(long id) {
        ItemRow r = jdbc.sql(ITEM_SELECT + " where i.id = :id").param("id", id).query(ItemRow.class).optional()
                .orElseThrow(() -> new NotFoundException("nhiệm vụ được giao", id));
        return withDocuments(List.of(r)).get(0);
    }

    private static final String ITEM_SELECT = """
            select i.id, i.programme_id, p.programme_month, i.title, i.deadline, i.status, i.outcome, i.unit, i.version
            from programme_item i join work_programme p on p.id = i.programme_id""";

    /** Items of a month (YYYY-MM, or all when null) matching the title search; overdueOnly keeps those past their deadline and not done. */
    public PageResult<ProgrammeItem> items(String month, String q, boolean overdueOnly, int page, int size) {
        String where = " " + """
                where (cast(:m as varchar) is null or p.programme_month = :m)
                  and (cast(:q as varchar) is null or i.title_folded like :q)
                  and (:o = false or (i.status <> 'DONE' and i.deadline < :today))""";
        String m = month == null || month.isBlank() ? null : month(month);
        String folded = q == null || q.isBlank() ? null : "%" + VietnameseText.fold(q) + "%";
        long total = jdbc.sql("select count(*) from programme_item i join work_programme p on p.id = i.programme_id" + where)
                .param("m", m).param("q", folded).param("o", overdueOnly).param("today", today()).query(Long.class).single();
        List<ItemRow> rows = jdbc.sql(ITEM_SELECT + where + " order by p.programme_month desc, i.deadline, i.id limit :lim offset :off")
                .param("m", m).param("q", folded).param("o", overdueOnly).param("today", today())
                .param("lim", size).param("off", (long) page * size).query(ItemRow.class).list();
        return new PageResult<>(withDocuments(rows), page, size, total);
    }

    /** All items of a month, with their documents (the indicator's query). */
    public List<ProgrammeItem> itemsOf(YearMonth month) {
        return withDocuments(jdbc.sql(ITEM_SELECT + " where p.programme_month = :m order by i.id").param("m", month.toString())
                .query(ItemRow.class).list());
    }

    private List<ProgrammeItem> withDocuments(List<ItemRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        record Link(long itemId, long documentId) {
        }
        List<Link> links = jdbc.sql("select item_id, document_id from programme_item_document where item_id in (:ids) order by document_id")
                .param("ids", rows.stream().map(ItemRow::id).toList()).query(Link.class).list();
        Map<Long, Document> docs = documents.byIds(links.stream().map(Link::documentId).distinct().toList());
        List<ProgrammeItem> out = new ArrayList<>();
        for (ItemRow r : rows) {
            List<DocumentRef> refs = links.stream().filter(l -> l.itemId() == r.id()).map(l -> docs.get(l.documentId()))
                    .sorted(java.util.Comparator.comparing(Document::issuedOn).reversed()).map(Document::ref).toList();
            out.add(new ProgrammeItem(r.id(), r.programmeId(), r.programmeMonth(), r.title(), r.deadline(), r.status(), r.outcome(), r.unit(), r.version(), refs));
        }
        return out;
    }

    /** Whether the programme of a month (YYYY-MM) holds an item of this title (what makes two items the same one). */
    public boolean itemExists(String month, String title) {
        return jdbc.sql("select count(*) from programme_item i join work_programme p on p.id = i.programme_id "
                        + "where p.programme_month = :m and i.title = :t")
                .param("m", month(month)).param("t", VietnameseText.clean(title)).query(Long.class).single() > 0;
    }

    @Transactional
    public ProgrammeItem createItem(ItemCommand c) {
        Valid v = validate(c);
        AccessPolicy.requireEdit(CurrentUser.get(), v.unit());
        if (v.status() != ItemStatus.ASSIGNED && !ItemStatus.ASSIGNED.canTransitionTo(v.status())) {
            throw new DomainException("status", "Trạng thái \"" + v.status().label() + "\" không đặt được khi thêm.");
        }
        var kh = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into programme_item(programme_id, title, title_folded, deadline, status, outcome, unit)
                values (:p, :t, :tf, :d, :s, :o, :u)""")
                .param("p", v.programmeId()).param("t", v.title()).param("tf", VietnameseText.fold(v.title()))
                .param("d", v.deadline()).param("s", v.status().name()).param("o", v.outcome()).param("u", v.unit().name())
                .update(kh, "id");
        long id = kh.getKey().longValue();
        linkDocuments(id, v.documentIds());
        ProgrammeItem saved = item(id);
        audit.record("programmeItem", id, "CREATE", null, saved);
        return saved;
    }

    @Transactional
    public ProgrammeItem updateItem(long id, ItemCommand c) {
        ProgrammeItem before = item(id);
        AccessPolicy.requireEdit(CurrentUser.get(), before.unit());
        Valid v = validate(c);
        AccessPolicy.requireEdit(CurrentUser.get(), v.unit());
        if (v.status() != before.status() && !before.status().canTransitionTo(v.status())) {
            throw new DomainException("status", "Không thể chuyển nhiệm vụ từ \"" + before.status().label() + "\" sang \""
                    + v.status().label() + "\".");
        }
        locks.checkChange("programmeItem", id, List.of(before.deadline(), v.deadline()), null);
        int n = jdbc.sql("""
                update programme_item set programme_id = :p, title = :t, title_folded = :tf, deadline = :d, status = :s,
                       outcome = :o, unit = :u, version = version + 1 where id = :id and version = :v""")
                .param("p", v.programmeId()).param("t", v.title()).param("tf", VietnameseText.fold(v.title()))
                .param("d", v.deadline()).param("s", v.status().name()).param("o", v.outcome()).param("u", v.unit().name())
                .param("id", id).param("v", c.version() == null ? before.version() : c.version()).update();
        if (n == 0) {
            throw new ConcurrentEditException("Nhiệm vụ \"" + before.title() + "\"", before.toString());
        }
        jdbc.sql("delete from programme_item_document where item_id = :id").param("id", id).update();
        linkDocuments(id, v.documentIds());
        ProgrammeItem after = item(id);
        audit.record("programmeItem", id, "UPDATE", before, after);
        return after;
    }

    private void linkDocuments(long itemId, List<Long> ids) {
        for (Long d : ids) {
            jdbc.sql("insert into programme_item_document(item_id, document_id) values (:i, :d)").param("i", itemId).param("d", d).update();
        }
    }

    private record Valid(long programmeId, String title, LocalDate deadline, ItemStatus status, String outcome, Unit unit,
                         List<Long> documentIds) {
    }

    private Valid validate(ItemCommand c) {
        if (c.programmeId() == null) {
            throw new DomainException("programmeId", "Cần chọn Chương trình công tác.");
        }
        programme(c.programmeId());
        String title = VietnameseText.clean(c.title());
        if (title == null) {
            throw new DomainException("title", "Cần nhập nội dung nhiệm vụ được giao.");
        }
        if (title.length() > 1000) {
            throw new DomainException("title", "Nội dung nhiệm vụ dài quá 1.000 ký tự.");
        }
        if (c.deadline() == null) {
            throw new DomainException("deadline", "Cần nhập thời hạn hoàn thành.");
        }
        Formats.checkRange("deadline", c.deadline());
        ItemStatus status = c.status() == null ? ItemStatus.ASSIGNED : c.status();
        if (status == ItemStatus.OVERDUE) {
            throw new DomainException("status", "Trạng thái \"Quá hạn\" do hệ thống tự xác định theo thời hạn; không chọn được.");
        }
        String outcome = VietnameseText.clean(c.outcome());
        if (outcome != null && outcome.length() > 4000) {
            throw new DomainException("outcome", "Kết quả thực hiện dài quá 4.000 ký tự.");
        }
        List<Long> docs = c.documentIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(c.documentIds().stream().filter(x -> x != null).toList()));
        for (Long d : docs) {
            if (documents.find(d).isEmpty()) {
                throw new DomainException("documentIds", "Không có văn bản mã " + d + " trong sổ văn bản.");
            }
        }
        return new Valid(c.programmeId(), title, c.deadline(), status, outcome, c.unit() == null ? Unit.TECHNOLOGY : c.unit(), docs);
    }

    private static String month(String m) {
        try {
            return YearMonth.parse(m == null ? "" : m.strip()).toString();
        } catch (DateTimeParseException e) {
            throw new DomainException("month", "Tháng \"" + m + "\" không hợp lệ: cần dạng năm-tháng, ví dụ 2021-09.");
        }
    }
}
