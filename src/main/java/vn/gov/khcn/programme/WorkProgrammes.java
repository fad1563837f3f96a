package vn.gov.khcn.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.documents.Document;
import vn.gov.khcn.documents.DocumentRef;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.identity.AccessPolicy;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.records.RecordType;
import vn.gov.khcn.records.RecordWrites;
import vn.gov.khcn.records.Register;
import vn.gov.khcn.shared.Check;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.NotFoundException;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.Rows;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.VietnameseText;

/**
 * The work programme register: the provincial People's Committee's monthly programmes (one a month, shared by the
 * units) and the items they assign to the department (kept by the leading unit; one item per title in a programme).
 */
@Service
public class WorkProgrammes {
    static final RecordType<WorkProgramme> PROGRAMME = new RecordType<>("workProgramme", "chương trình công tác", "work_programme",
            p -> writer(), RecordType.undated(), WorkProgramme::month);
    static final RecordType<ProgrammeItem> ITEM = new RecordType<>("programmeItem", "nhiệm vụ được giao", "programme_item",
            ProgrammeItem::unit, ProgrammeItem::reportDates, ProgrammeItem::title);
    private static final String ITEM_SELECT = """
            select i.id, i.programme_id, p.programme_month, i.title, i.deadline, i.status, i.outcome, i.unit, i.version
            from programme_item i join work_programme p on p.id = i.programme_id""";
    private final JdbcClient jdbc;
    private final Documents documents;
    private final Clock clock;
    private final Register<WorkProgramme> programmes;
    private final Register<ProgrammeItem> items;

    WorkProgrammes(JdbcClient jdbc, RecordWrites writes, Documents documents, Clock clock) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.clock = clock;
        this.programmes = writes.register(PROGRAMME, this::programme);
        this.items = writes.register(ITEM, this::item);
    }

    /** The unit a programme is registered for: the clerk's (programmes are shared; refuses users who may not write them). */
    private static Unit writer() {
        CurrentUser u = CurrentUser.get();
        AccessPolicy.requireEditShared(u);
        return u.unit() == null ? Unit.OFFICE : u.unit();
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
        return programmes("");
    }

    private List<WorkProgramme> programmes(String where) {
        List<ProgrammeRow> rows = jdbc.sql("select id, programme_month, document_id, version from work_programme" + where
                + " order by programme_month desc").query(Rows.of(ProgrammeRow.class)).list();
        Map<Long, Document> docs = documents.byIds(rows.stream().map(ProgrammeRow::documentId).toList());
        return rows.stream().map(r -> new WorkProgramme(r.id(), r.programmeMonth(), docs.get(r.documentId()).ref(), r.version())).toList();
    }

    public WorkProgramme programme(long id) {
        return programmes(" where id = " + id).stream().findFirst().orElseThrow(() -> new NotFoundException("chương trình công tác", id));
    }

    public Optional<WorkProgramme> programmeOf(String month) {
        String m = month(month);
        return programmes().stream().filter(p -> p.month().equals(m)).findFirst();
    }

    /** Registers the programme of a month, issued by a document of the register; one programme a month. */
    @Transactional
    public WorkProgramme recordProgramme(ProgrammeCommand c) {
        return programmes.add(writer(), null, "mỗi tháng một chương trình", () -> {
            String month = month(c.month());
            long doc = documents.get(Check.chosen("documentId", "văn bản ban hành Chương trình công tác", c.documentId())).id();
            if (programmeOf(month).isPresent()) {
                throw new DomainException("month", "Chương trình công tác tháng " + month + " đã có.");
            }
            return RecordSql.insert(jdbc, "insert into work_programme(programme_month, document_id) values (:m, :d)",
                    RecordSql.params("m", month, "d", doc));
        });
    }

    public ProgrammeItem item(long id) {
        ItemRow r = jdbc.sql(ITEM_SELECT + " where i.id = :id").param("id", id).query(Rows.of(ItemRow.class)).optional()
                .orElseThrow(() -> new NotFoundException("nhiệm vụ được giao", id));
        return withDocuments(List.of(r)).get(0);
    }

    /** The list's page of items, latest month first, then by deadline. */
    public PageResult<ProgrammeItem> items(ItemQuery q, int page, int size) {
        String where = """
                (cast(:m as varchar) is null or p.programme_month = :m) and (cast(:q as varchar) is null or i.title_folded like :q)
                and (:o = false or (i.status <> 'DONE' and i.deadline < :today))""";
        var params = RecordSql.params("m", q.month() == null ? null : month(q.month()), "q", RecordSql.like(q.q()), "o", q.overdue(),
                "today", today());
        PageResult<ItemRow> rows = RecordSql.page(jdbc, ItemRow.class, "i.id, i.programme_id, p.programme_month, i.title, i.deadline,"
                        + " i.status, i.outcome, i.unit, i.version", "programme_item i join work_programme p on p.id = i.programme_id",
                where, params, "p.programme_month desc, i.deadline, i.id", page, size);
        return new PageResult<>(withDocuments(rows.items()), page, size, rows.total());
    }

    /** All items of a month, with their documents (the indicator's query). */
    public List<ProgrammeItem> itemsOf(YearMonth month) {
        return withDocuments(jdbc.sql(ITEM_SELECT + " where p.programme_month = :m order by i.id").param("m", month.toString())
                .query(Rows.of(ItemRow.class)).list());
    }

    private List<ProgrammeItem> withDocuments(List<ItemRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        record Link(long itemId, long documentId) {
        }
        List<Link> links = jdbc.sql("select item_id, document_id from programme_item_document where item_id in (:ids) order by document_id")
                .param("ids", rows.stream().map(ItemRow::id).toList()).query(Rows.of(Link.class)).list();
        Map<Long, Document> docs = documents.byIds(links.stream().map(Link::documentId).distinct().toList());
        List<ProgrammeItem> out = new ArrayList<>();
        for (ItemRow r : rows) {
            List<DocumentRef> refs = links.stream().filter(l -> l.itemId() == r.id()).map(l -> docs.get(l.documentId()))
                    .sorted(Comparator.comparing(Document::issuedOn).reversed()).map(Document::ref).toList();
            out.add(new ProgrammeItem(r.id(), r.programmeId(), r.programmeMonth(), r.title(), r.deadline(), r.status(), r.outcome(), r.unit(),
                    r.version(), refs));
        }
        return out;
    }

    /** Whether the programme of a month (YYYY-MM) holds an item of this title (what makes two items the same one). */
    public boolean itemExists(String month, String title) {
        return itemOf(month(month), VietnameseText.clean(title)).isPresent();
    }

    private Optional<Long> itemOf(String month, String title) {
        return jdbc.sql("select i.id from programme_item i join work_programme p on p.id = i.programme_id "
                + "where p.programme_month = :m and i.title = :t").param("m", month).param("t", title).query(Long.class).stream().findFirst();
    }

    /** Adds an item to its programme (held while the item is checked against the programme's other items). */
    @Transactional
    public ProgrammeItem recordItem(ItemCommand c) {
        return items.add(unit(c), c.reason(), "cùng tháng của chương trình và nội dung nhiệm vụ", () -> {
            ItemStatus status = c.status() == null ? ItemStatus.ASSIGNED : c.status();
            if (status != ItemStatus.ASSIGNED && !ItemStatus.ASSIGNED.canTransitionTo(status)) {
                throw new DomainException("status", "Trạng thái \"" + status.label() + "\" không đặt được khi thêm.");
            }
            Valid v = validate(c, null);
            long id = RecordSql.insert(jdbc, """
                    insert into programme_item(programme_id, title, title_folded, deadline, status, outcome, unit)
                    values (:programmeId, :title, :titleFolded, :deadline, :status, :outcome, :unit)""", v);
            linkDocuments(id, v.documentIds());
            return id;
        });
    }

    /** Corrects an item: its status moves forward only (a submitted item may come back for revision). */
    @Transactional
    public ProgrammeItem correctItem(long id, ItemCommand c) {
        return items.change(id, c.version(), c.reason(), before -> {
            Valid v = validate(c, id);
            if (v.status() != before.status() && !before.status().canTransitionTo(v.status())) {
                throw new DomainException("status", "Không thể chuyển nhiệm vụ từ \"" + before.status().label() + "\" sang \""
                        + v.status().label() + "\".");
            }
            RecordSql.update(jdbc, """
                    update programme_item set programme_id = :programmeId, title = :title, title_folded = :titleFolded,
                           deadline = :deadline, status = :status, outcome = :outcome, unit = :unit where id = :id""", id, v);
            jdbc.sql("delete from programme_item_document where item_id = :id").param("id", id).update();
            linkDocuments(id, v.documentIds());
        });
    }

    private void linkDocuments(long itemId, List<Long> ids) {
        for (Long d : ids) {
            jdbc.sql("insert into programme_item_document(item_id, document_id) values (:i, :d)").param("i", itemId).param("d", d).update();
        }
    }

    /** The unit leading the item: as chosen, else the clerk's own (an administrator's: the technology unit). */
    private static Unit unit(ItemCommand c) {
        return c.unit() != null ? c.unit() : Optional.ofNullable(CurrentUser.get().unit()).orElse(Unit.TECHNOLOGY);
    }

    /** An item as the register stores it: checked and cleaned, with its folded title for search and its documents. */
    private record Valid(long programmeId, String title, String titleFolded, LocalDate deadline, ItemStatus status, String outcome,
                         Unit unit, List<Long> documentIds) {
    }

    private Valid validate(ItemCommand c, Long id) {
        long programmeId = Check.chosen("programmeId", "Chương trình công tác", c.programmeId());
        WorkProgramme p = programmes.hold(programmeId);
        String title = Check.text("title", "nội dung nhiệm vụ được giao", c.title(), 1000);
        LocalDate deadline = Check.date("deadline", "thời hạn hoàn thành", c.deadline());
        ItemStatus status = c.status() == null ? ItemStatus.ASSIGNED : c.status();
        if (status == ItemStatus.OVERDUE) {
            throw new DomainException("status", "Trạng thái \"Quá hạn\" do hệ thống tự xác định theo thời hạn; không chọn được.");
        }
        itemOf(p.month(), title).filter(x -> id == null || x.longValue() != id).ifPresent(x -> {
            throw new DomainException("title", "Chương trình công tác tháng " + p.month() + " đã có nhiệm vụ \"" + title + "\".");
        });
        List<Long> docs = c.documentIds() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(c.documentIds().stream().filter(Objects::nonNull).toList()));
        for (Long d : docs) {
            if (documents.find(d).isEmpty()) {
                throw new DomainException("documentIds", "Không có văn bản mã " + d + " trong sổ văn bản.");
            }
        }
        return new Valid(programmeId, title, VietnameseText.fold(title), deadline, status,
                Check.optionalText("outcome", "kết quả thực hiện", c.outcome(), 4000), unit(c), docs);
    }

    private static String month(String m) {
        try {
            return YearMonth.parse(m == null ? "" : m.strip()).toString();
        } catch (DateTimeParseException e) {
            throw new DomainException("month", "Tháng \"" + m + "\" không hợp lệ: cần dạng năm-tháng, ví dụ 2021-09.");
        }
    }
}
