package vn.gov.khcn.plans.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.PagedExport;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.plans.PlanCommand;
import vn.gov.khcn.plans.PlanQuery;
import vn.gov.khcn.plans.Plans;

/**
 * The year's plans by spreadsheet; rows are added through {@link Plans} (rules, access, audit). A plan is identified by
 * its year, indicator code and part.
 */
@Component
class YearPlanSheet extends RecordImport<PlanQuery> {
    static final Column YEAR = Column.integer("Năm kế hoạch", true, "Năm của kế hoạch, ví dụ 2026.");
    static final Column CODE = Column.text("Mã chỉ tiêu", true, 100, Plans.WHERE_CODES);
    static final Column PART = Column.text("Phần của chỉ tiêu", false, 200,
            "Để trống nếu là kế hoạch của cả chỉ tiêu; kế hoạch một phần: CHIỀU.KHÓA, ví dụ level.PROVINCIAL (nhiệm vụ cấp tỉnh).");
    static final Column PLANNED = Column.integer("Giá trị kế hoạch", true, "Số phải đạt trong năm, không âm.");
    static final Column NOTE = Column.text("Ghi chú", false, 1000, "Tùy chọn.");
    static final Column SOURCE = Column.text("Văn bản giao kế hoạch", false, 500, "Ví dụ: Quyết định số 123/QĐ-UBND ngày 15/01/2026.");
    static final RegisterSpec SPEC = new RegisterSpec("plans", "Kế hoạch năm (chỉ tiêu giao)", "Kế hoạch năm", "Ke hoach",
            List.of(YEAR, CODE, PART, PLANNED, NOTE, SOURCE), "cùng năm, mã chỉ tiêu và phần", List.of());

    YearPlanSheet(Plans plans) {
        super(SPEC, PlanQuery.class);
        existsWhen(row -> {
            Long year = row.integer(YEAR);
            return year != null && row.text(CODE) != null && year >= 1900 && year <= 2100
                    && plans.find(year.intValue(), row.text(CODE), row.text(PART)).isPresent();
        });
        createdBy((row, context) -> plans.record(new PlanCommand(ImportRow.toInt(row.integer(YEAR)), row.text(CODE), row.text(PART), row.integer(PLANNED), row.text(NOTE),
                row.text(SOURCE), null, context.reason())));
        exportedBy((query, sink) -> PagedExport.rows(plans::search, query, sink, p -> SPEC.row().put(YEAR, (long) p.planYear())
                .put(CODE, p.code()).put(PART, p.part()).put(PLANNED, p.planned()).put(NOTE, p.note()).put(SOURCE, p.source())));
    }

    @Override
    protected String identity(ImportRow row) {
        return row.integer(YEAR) + "|" + row.text(CODE) + "|" + (row.text(PART) == null ? "" : row.text(PART));
    }
}
