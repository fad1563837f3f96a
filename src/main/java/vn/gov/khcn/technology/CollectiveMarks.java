package vn.gov.khcn.technology;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.records.RecordFacade;
import vn.gov.khcn.records.RecordType;
import vn.gov.khcn.records.RecordWrites;
import vn.gov.khcn.shared.Check;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.RecordTable;
import vn.gov.khcn.shared.VietnameseText;

/** The register of collective marks and geographical indications of local specialties: one per name. */
@Service
public class CollectiveMarks extends RecordFacade<CollectiveMark> {
    static final RecordType<CollectiveMark> MARK = RecordType.of("collectiveMark", "nhãn hiệu, chỉ dẫn địa lý", "collective_mark",
            Appraisals.OWNER, CollectiveMark::reportDates, CollectiveMark::name);

    CollectiveMarks(JdbcClient jdbc, RecordWrites writes) {
        super(writes, MARK, new RecordTable<>(jdbc, CollectiveMark.class, "nhãn hiệu, chỉ dẫn địa lý", "id",
                "id, name, kind, product, holder, status, version, built_on", "collective_mark"));
    }

    public PageResult<CollectiveMark> search(CollectiveMarkQuery q, int page, int size) {
        return table.page("(cast(:q as varchar) is null or name_folded like :q) and (cast(:k as varchar) is null or kind = :k)",
                RecordSql.params("q", RecordSql.like(q.q()), "k", q.kind()), "name_folded, id", page, size);
    }

    /** The mark or indication of this name (names are unique). */
    public Optional<CollectiveMark> findByName(String name) {
        return table.one("name = :n", RecordSql.params("n", VietnameseText.clean(name)));
    }

    @Transactional
    public CollectiveMark record(CollectiveMarkCommand c) {
        return insertRecord(Appraisals.OWNER, c.reason(), "cùng tên", """
                insert into collective_mark(name, name_folded, kind, product, holder, status, built_on)
                values (:name, :nameFolded, :kind, :product, :holder, :status, :builtOn)""", () -> validate(c, null));
    }

    @Transactional
    public CollectiveMark correct(long id, CollectiveMarkCommand c) {
        return updateRecord(id, c.version(), c.reason(), """
                update collective_mark set name = :name, name_folded = :nameFolded, kind = :kind, product = :product, holder = :holder,
                       status = :status, built_on = :builtOn where id = :id""", () -> validate(c, id));
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
