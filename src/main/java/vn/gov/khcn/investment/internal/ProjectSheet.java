package vn.gov.khcn.investment.internal;

import static vn.gov.khcn.exchange.spi.Labels.byLabel;
import static vn.gov.khcn.exchange.spi.Labels.labels;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.investment.InvestmentProject;
import vn.gov.khcn.investment.InvestmentProjects;
import vn.gov.khcn.investment.ProjectCommand;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.exchange.spi.ListFilters;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.PagedExport;
import vn.gov.khcn.exchange.spi.Labels;

/** Public investment projects; rows are added through {@link InvestmentProjects} (rules, access, audit). */
@Component
class ProjectSheet extends RecordImport<ListFilters> {
    static final RegisterSpec SPEC = new RegisterSpec("investment-projects", "Dự án đầu tư công", "Đầu tư công", "Du an dau tu", List.of(
            Column.text("Tên dự án", true, 1000, "Tên đầy đủ, có dấu. Tên đã có trong sổ thì dòng được bỏ qua."),
            Column.integer("Tổng mức đầu tư (đồng)", true, "Số tiền bằng đồng, lớn hơn 0, ví dụ 15000000000."),
            Column.date("Ngày khởi công", true, "Ngày dạng dd/mm/yyyy hoặc ô ngày của Excel."),
            Column.date("Ngày hoàn thành", false, "Để trống nếu đang thực hiện; sau ngày khởi công."),
            Column.text("Tình hình thực hiện", false, 4000, "Tóm tắt tiến độ."),
            Column.choice("Đơn vị theo dõi", false, labels(Unit.values(), Unit::label), "Để trống là Văn phòng Sở.")),
            "cùng tên dự án", List.of());
    private final InvestmentProjects projects;

    ProjectSheet(InvestmentProjects projects) {
        super(SPEC, ListFilters.class);
        this.projects = projects;
    }

    @Override
    protected boolean exists(ImportRow row) {
        return projects.findByName(row.text(0)).isPresent();
    }

    @Override
    protected void create(ImportRow row, ImportContext lookups) {
        projects.create(new ProjectCommand(row.text(0), row.integer(1), row.date(2), row.date(3), row.text(4),
                byLabel(Unit.values(), Unit::label, row.text(5)), null));
    }

    @Override
    public void export(ListFilters f, Consumer<Object[]> sink) {
        each(projects, f, p -> sink.accept(new Object[] {p.name(), p.totalInvestment(), p.startOn(), p.endOn(),
                p.progressNotes(), p.unit().label()}));
    }

    /** The projects the list page's filters select ("q", "active"), in its order. */
    static void each(InvestmentProjects projects, ListFilters f, Consumer<InvestmentProject> each) {
        String q = f.text("q");
        boolean active = f.flag("active");
        PagedExport.each(n -> projects.search(q, active, n, PagedExport.SIZE), each);
    }

    /** The project named exactly {@code name}, for the disbursements' sheet; unknown is a Vietnamese error naming it. */
    static InvestmentProject project(InvestmentProjects projects, String name) {
        return projects.findByName(name).orElseThrow(() -> new DomainException("projectId", "Dự án \"" + name
                + "\" chưa có trong sổ dự án đầu tư công: thêm dự án (hoặc nhập tệp mẫu Dự án đầu tư công) trước."));
    }
}
