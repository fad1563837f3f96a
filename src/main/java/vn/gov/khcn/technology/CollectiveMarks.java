package vn.gov.khcn.technology;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.records.RecordType;
import vn.gov.khcn.records.RecordWrites;
import vn.gov.khcn.records.Register;
import vn.gov.khcn.shared.Check;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.Rows;
import vn.gov.khcn.shared.VietnameseText;

/** The register of collective marks and geographical indications of local specialties: one per name. */
@Service
public class CollectiveMarks {
    static final RecordType<CollectiveMark> MARK = RecordType.of("collectiveMark", "nhãn hiệu, chỉ dẫn địa lý", "collective_mark",
            Appraisals.OWNER, CollectiveMark::reportDates, CollectiveMark::name);
    private static final String COLS = "id, name, kind, product, holder, status, version, built_on";
    private final JdbcClient jdbc;
    private final Register<CollectiveMark> marks;

    CollectiveMarks(JdbcClient jdbc, RecordWrites writes) {
        this.jdbc = jdbc;
        this.marks = writes.register(MARK, this::get);
    }

    public CollectiveMark get(long id) {
        return RecordSql.get(jdbc, CollectiveMark.class, "select " + COLS + " from collective_mark where id = :id", id, "nhãn hiệu, chỉ dẫn địa lý");
    }

    public PageResult<CollectiveMark> search(CollectiveMarkQuery q, int page, int size) {
        return RecordSql.page(jdbc, CollectiveMark.class, COLS, "collective_mark",
                "(cast(:q as varchar) is null or name_folded like :q) and (cast(:k as varchar) is null or kind = :k)",
                RecordSql.params("q", RecordSql.like(q.q()), "k", q.kind()), "name_folded, id", page, size);
    }

    /** The mark or indication of this name (names are unique). */
    public Optional<CollectiveMark> findByName(String name) {
        return jdbc.sql("select " + COLS + " from collective_mark where name = :n").param("n", VietnameseText.clean(name))
                .query(Rows.of(CollectiveMark.class)).optional();
    }

    @Transactional
    public CollectiveMark record(CollectiveMarkCommand c) {
        return marks.add(Appraisals.OWNER, c.reason(), "cùng tên", () -> RecordSql.insert(jdbc, """
                insert into collective_mark(name, name_folded, kind, product, holder, status, built_on)
                values (:name, :nameFolded, :kind, :product, :holder, :status, :builtOn)""", validate(c, null)));
    }

    @Transactional
    public CollectiveMark correct(long id, CollectiveMarkCommand c) {
        return marks.change(id, c.version(), c.reason(), before -> RecordSql.update(jdbc, """
                update collective_mark set name = :name, name_folded = :nameFolded, kind = :kind, product = :product, holder = :holder,
                       status = :status, built_on = :builtOn where id = :id""", id, validate(c, id)));
    }

    /** A mark as the register stores it, with its folded name for search. */
    private record Valid(String name, String nameFolded, MarkKind kind, String product, String holder, MarkStatus status,
                         java.time.LocalDate builtOn) {
    }

    private Valid validate(CollectiveMarkCommand c, Long id) {
        String name = Check.text("name", "tên nhãn hiệu, chỉ dẫn địa lý", c.name(), 300);
        findByName(name).filter(m -> id == null || m.id() != id).ifPresent(m -> {
            throw new DomainException("name", "\"" + name + "\" đã có trong danh sách.");
        });
        return new Valid(name, VietnameseText.fold(name),
                Check.chosen("kind", "loại (nhãn hiệu tập thể, nhãn hiệu chứng nhận, chỉ dẫn địa lý)", c.kind()),
                Check.text("product", "sản phẩm", c.product(), 300), Check.optionalText("holder", "chủ sở hữu", c.holder(), 500),
                Check.chosen("status", "tình trạng", c.status()),
                Check.optionalDate("builtOn", "ngày hoàn thành xây dựng", c.builtOn()));
    }
}
