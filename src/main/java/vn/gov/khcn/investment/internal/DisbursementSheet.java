package vn.gov.khcn.investment.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.PagedExport;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.investment.DisbursementCommand;
import vn.gov.khcn.investment.InvestmentProject;
import vn.gov.khcn.investment.InvestmentProjects;
import vn.gov.khcn.investment.ProjectQuery;

/**
 * Disbursements to public investment projects; rows are added through {@link InvestmentProjects#disburse} (no more
 * than the total investment, not before the start, access, audit). The export follows the project list's filters.
 */
@Component
class DisbursementSheet extends RecordImport<ProjectQuery> {
    static final Column PROJECT = Column.text("Dự án", true, 1000,
            "Tên dự án đúng như trong sổ dự án đầu tư công (nhập mẫu Dự án đầu tư công trước nếu chưa có).");
    static final Column PAID = Column.date("Ngày giải ngân", true, "Ngày dạng dd/mm/yyyy hoặc ô ngày của Excel; không trước ngày khởi công.");
    static final Column AMOUNT = Column.integer("Số tiền giải ngân (đồng)", true, "Số tiền bằng đồng, lớn hơn 0; tổng giải ngân không vượt tổng mức đầu tư.");
    static final Column NOTE = Column.text("Ghi chú", false, 1000, "Ví dụ: Kế hoạch vốn năm 2021, đợt 1.");
    static final RegisterSpec SPEC = new RegisterSpec("investment-disbursements", "Giải ngân dự án đầu tư công", "Đầu tư công", "Giai ngan",
            List.of(PROJECT, PAID, AMOUNT, NOTE), "cùng dự án, ngày giải ngân và số tiền", List.of("investment-projects"));

    DisbursementSheet(InvestmentProjects projects) {
        super(SPEC, ProjectQuery.class, PROJECT, PAID, AMOUNT);
        existsWhen(row -> projects.findByName(row.text(PROJECT)).flatMap(p -> projects.findDisbursement(p.id(), row.date(PAID), row.integer(AMOUNT))).isPresent());
        createdBy((row, context) -> {
            InvestmentProject p = context.get("project", row.text(PROJECT), () -> projects.requireByName(row.text(PROJECT)));
            projects.disburse(p.id(), new DisbursementCommand(row.date(PAID), row.integer(AMOUNT), row.text(NOTE)));
        });
        // The disbursements of the projects the project list's filters select, project by project, by day.
        exportedBy((query, sink) -> PagedExport.each(n -> projects.search(query, n, PagedExport.SIZE), p -> projects.disbursements(p.id()).forEach(d -> sink.accept(
                SPEC.row().put(PROJECT, p.name()).put(PAID, d.paidOn()).put(AMOUNT, d.amount()).put(NOTE, d.note()).values()))));
    }
}
