package vn.gov.khcn.investment.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.investment.DisbursementCommand;
import vn.gov.khcn.investment.InvestmentProjects;
import vn.gov.khcn.exchange.spi.ListFilters;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.RecordImport;

/**
 * Disbursements to public investment projects; rows are added through {@link InvestmentProjects#disburse} (no more
 * than the total investment, not before the start, access, audit). The export follows the project list's filters.
 */
@Component
class DisbursementSheet extends RecordImport<ListFilters> {
    static final RegisterSpec SPEC = new RegisterSpec("investment-disbursements", "Giải ngân dự án đầu tư công", "Đầu tư công", "Giai ngan", List.of(
            Column.text("Dự án", true, 1000, "Tên dự án đúng như trong sổ dự án đầu tư công (nhập mẫu Dự án đầu tư công trước nếu chưa có)."),
            Column.date("Ngày giải ngân", true, "Ngày dạng dd/mm/yyyy hoặc ô ngày của Excel; không trước ngày khởi công."),
            Column.integer("Số tiền giải ngân (đồng)", true, "Số tiền bằng đồng, lớn hơn 0; tổng giải ngân không vượt tổng mức đầu tư."),
            Column.text("Ghi chú", false, 1000, "Ví dụ: Kế hoạch vốn năm 2021, đợt 1.")),
            "cùng dự án, ngày giải ngân và số tiền", List.of("investment-projects"));
    private final InvestmentProjects projects;

    DisbursementSheet(InvestmentProjects projects) {
        super(SPEC, ListFilters.class);
        this.projects = projects;
    }

    @Override
    protected String identity(ImportRow row) {
        return row.text(0) + "|" + row.date(1) + "|" + row.integer(2);
    }

    @Override
    protected boolean exists(ImportRow row) {
        return projects.findByName(row.text(0)).flatMap(p -> projects.findDisbursement(p.id(), row.date(1), row.integer(2))).isPresent();
    }

    @Override
    protected void create(ImportRow row, ImportContext lookups) {
        projects.disburse(ProjectSheet.project(projects, row.text(0)).id(),
                new DisbursementCommand(row.date(1), row.integer(2), row.text(3)));
    }

    /** The disbursements of the projects the project list's filters select ("q", "active"), project by project, by day. */
    @Override
    public void export(ListFilters f, Consumer<Object[]> sink) {
        ProjectSheet.each(projects, f, p -> projects.disbursements(p.id())
                .forEach(d -> sink.accept(new Object[] {p.name(), d.paidOn(), d.amount(), d.note()})));
    }
}
