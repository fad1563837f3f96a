package vn.gov.khcn.investment.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.PagedExport;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.investment.InvestmentProjects;
import vn.gov.khcn.investment.ProjectCommand;
import vn.gov.khcn.investment.ProjectQuery;
import vn.gov.khcn.shared.Unit;

/** Public investment projects; rows are added through {@link InvestmentProjects} (rules, access, audit). */
@Component
class ProjectSheet extends RecordImport<ProjectQuery> {
    static final Column NAME = Column.text("Tên dự án", true, 1000, "Tên đầy đủ, có dấu. Tên đã có trong sổ thì dòng được bỏ qua.");
    static final Column TOTAL = Column.integer("Tổng mức đầu tư (đồng)", true, "Số tiền bằng đồng, lớn hơn 0, ví dụ 15000000000.");
    static final Column START = Column.date("Ngày khởi công", true, "Ngày dạng dd/mm/yyyy hoặc ô ngày của Excel.");
    static final Column END = Column.date("Ngày hoàn thành", false, "Để trống nếu đang thực hiện; sau ngày khởi công.");
    static final Column PROGRESS = Column.text("Tình hình thực hiện", false, 4000, "Tóm tắt tiến độ.");
    static final Column UNIT = Column.unit("Đơn vị theo dõi", false, "Tên hoặc mã đơn vị trong sơ đồ tổ chức của Sở. Để trống là Văn phòng Sở.");
    static final RegisterSpec SPEC = new RegisterSpec("investment-projects", "Dự án đầu tư công", "Đầu tư công", "Du an dau tu",
            List.of(NAME, TOTAL, START, END, PROGRESS, UNIT), "cùng tên dự án", List.of());

    ProjectSheet(InvestmentProjects projects) {
        super(SPEC, ProjectQuery.class);
        existsWhen(row -> projects.findByName(row.text(NAME)).isPresent());
        createdBy((row, context) -> {
            Unit unit = row.unit(UNIT);
            projects.record(new ProjectCommand(row.text(NAME), row.integer(TOTAL), row.date(START), row.date(END), row.text(PROGRESS),
                    unit == null ? Unit.OFFICE : unit, null, context.reason()));
        });
        exportedBy((query, sink) -> PagedExport.rows(projects::search, query, sink, p -> SPEC.row().put(NAME, p.name())
                .put(TOTAL, p.totalInvestment()).put(START, p.startOn()).put(END, p.endOn()).put(PROGRESS, p.progressNotes())
                .put(UNIT, p.unit().label())));
    }
}
