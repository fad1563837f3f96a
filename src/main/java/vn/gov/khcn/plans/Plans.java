package vn.gov.khcn.plans;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.records.RecordFacade;
import vn.gov.khcn.records.RecordType;
import vn.gov.khcn.records.RecordWrites;
import vn.gov.khcn.reporting.IndicatorCatalogue;
import vn.gov.khcn.shared.Check;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.RecordTable;
import vn.gov.khcn.shared.Unit;

/** The register of the year's plans, kept by the office: one plan per year, indicator code and part of its breakdown. */
@Service
public class Plans extends RecordFacade<PlanTarget> {
    /** The unit that keeps the year's plans. */
    public static final Unit OWNER = Unit.keeping("plans", "kế hoạch năm", Unit.OFFICE);

    static final RecordType<PlanTarget> PLAN = RecordType.of("planTarget", "chỉ tiêu kế hoạch", "plan_target", OWNER,
            RecordType.undated(), PlanTarget::label);
    private static final String SAME = "cùng năm, mã chỉ tiêu và phần";
    /** Where a clerk finds the indicator codes. */
    public static final String WHERE_CODES = "Mã chỉ tiêu xem ở danh sách \"Mã chỉ tiêu\" trên trang Kế hoạch năm (/plans/indicators)"
            + " hoặc ở sheet hướng dẫn của mẫu nhập, ví dụ tasks.accepted.";
    private final IndicatorCatalogue catalogue;

    Plans(JdbcClient jdbc, RecordWrites writes, IndicatorCatalogue catalogue) {
        super(writes, PLAN, new RecordTable<>(jdbc, PlanTarget.class, "chỉ tiêu kế hoạch", "id",
                "id, plan_year, code, nullif(part, '') as part, planned, note, source, version", "plan_target"));
        this.catalogue = catalogue;
    }

    public PageResult<PlanTarget> search(PlanQuery q, int page, int size) {
        return table.page("(cast(:y as integer) is null or plan_year = :y) and (cast(:c as varchar) is null or lower(code) like :c)",
                RecordSql.params("y", q.year(), "c", q.code() == null ? null : "%" + q.code().toLowerCase(java.util.Locale.ROOT) + "%"),
                "plan_year desc, code, plan_target.part, id", page, size);
    }

    /** Every plan of a year, in code and part order. */
    public List<PlanTarget> ofYear(int year) {
        return table.list("plan_year = :y order by code, plan_target.part, id", RecordSql.params("y", year));
    }

    /** The plan of a year, code and part (null or empty: the whole figure). */
    public Optional<PlanTarget> find(int year, String code, String part) {
        return table.one("plan_year = :y and code = :c and part = :p",
                RecordSql.params("y", year, "c", code, "p", part == null ? "" : part.strip()));
    }

    /** The indicator codes a plan may name, with their labels, in code order. */
    public List<String[]> indicators() {
        return catalogue.all().values().stream().map(i -> new String[] {i.code(), i.label()}).toList();
    }

    @Transactional
    public PlanTarget record(PlanCommand c) {
        return insertRecord(OWNER, c.reason(), SAME, """
                insert into plan_target(plan_year, code, part, planned, note, source)
                values (:planYear, :code, :part, :planned, :note, :source)""", () -> validate(c, null));
    }

    @Transactional
    public PlanTarget correct(long id, PlanCommand c) {
        return updateRecord(id, c.version(), c.reason(), """
                update plan_target set plan_year = :planYear, code = :code, part = :part, planned = :planned, note = :note,
                       source = :source where id = :id""", () -> validate(c, id));
    }

    /** A plan as the register stores it: checked and cleaned; {@code part} '' for the whole figure. */
    private record Valid(int planYear, String code, String part, long planned, String note, String source) {
    }

    private Valid validate(PlanCommand c, Long id) {
        int year = Check.year("planYear", "năm kế hoạch", c.planYear());
        String code = Check.text("code", "mã chỉ tiêu", c.code(), 100);
        if (catalogue.find(code).isEmpty()) {
            throw new DomainException("code", "Không có chỉ tiêu mã \"" + code + "\" trong danh mục chỉ tiêu. " + WHERE_CODES);
        }
        String part = Check.optionalText("part", "phần của chỉ tiêu", c.part(), 200);
        part = part == null ? "" : part;
        if (!part.isEmpty() && !part.matches("[A-Za-z][A-Za-z0-9_/]*\\.[^.+~\\s][^+~]*")) {
            throw new DomainException("part", "Phần \"" + part + "\" không đúng dạng CHIỀU.KHÓA, ví dụ level.PROVINCIAL (nhiệm vụ cấp tỉnh);"
                    + " để trống nếu là kế hoạch của cả chỉ tiêu.");
        }
        if (c.planned() == null) {
            throw new DomainException("planned", "Cần nhập giá trị kế hoạch (số không âm).");
        }
        if (c.planned() < 0) {
            throw new DomainException("planned", "Giá trị kế hoạch không được âm (đã nhập " + c.planned() + ").");
        }
        String note = Check.optionalText("note", "ghi chú", c.note(), 1000);
        String source = Check.optionalText("source", "văn bản giao kế hoạch", c.source(), 500);
        String p = part;
        find(year, code, part).filter(x -> id == null || x.id() != id).ifPresent(x -> {
            throw new DomainException("code", "Đã có kế hoạch năm " + year + " của chỉ tiêu " + code + (p.isEmpty() ? "" : " phần " + p)
                    + " (" + vn.gov.khcn.shared.Formats.number(x.planned()) + "): sửa bản ghi đó thay vì thêm mới.");
        });
        return new Valid(year, code, part, c.planned(), note, source);
    }
}
