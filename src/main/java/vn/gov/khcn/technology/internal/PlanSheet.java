package vn.gov.khcn.technology.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.technology.InnovationPlanCommand;
import vn.gov.khcn.technology.Technology;
import vn.gov.khcn.exchange.spi.ListFilters;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.PagedExport;

/** Innovation and start-up plans, each kept as the document that sets it out; rows go through {@link Technology}. */
@Component
class PlanSheet extends RecordImport<ListFilters> {
    static final RegisterSpec SPEC = new RegisterSpec("innovation-plans", "Kế hoạch đổi mới sáng tạo, khởi nghiệp", "Công nghệ và sở hữu trí tuệ", "Ke hoach DMST", List.of(
            Column.text("Tên kế hoạch", true, 1000, "Tên đầy đủ. Cùng tên và ngày với kế hoạch đã có thì dòng được bỏ qua."),
            Column.date("Ngày", true, "Ngày ban hành kế hoạch."),
            Column.text("Văn bản", true, 150, "Số, ký hiệu văn bản trong sổ văn bản, thêm ngày nếu số trùng: ví dụ 45/KH-UBND ngày 10/03/2021.")),
            "cùng tên kế hoạch và ngày", List.of("documents"));
    private final Technology technology;
    private final Documents documents;

    PlanSheet(Technology technology, Organisations organisations, Documents documents) {
        super(SPEC, ListFilters.class);
        this.technology = technology;
        this.documents = documents;
    }

    @Override
    protected String identity(ImportRow row) {
        return row.text(0) + "|" + row.date(1);
    }

    @Override
    protected boolean exists(ImportRow row) {
        return technology.planExists(row.text(0), row.date(1));
    }

    @Override
    protected void create(ImportRow row, ImportContext lookups) {
        technology.createPlan(new InnovationPlanCommand(row.text(0), row.date(1), lookups.get("document", row.text(2), () -> documents.requireReferenced(row.text(2), "documentId", "Văn bản").id()), null));
    }

    @Override
    public void export(ListFilters f, Consumer<Object[]> sink) {
        Integer year = f.integer("year");
        PagedExport.each(page -> technology.plans(year, page, PagedExport.SIZE), p -> sink.accept(new Object[] {
                p.title(), p.datedOn(), documents.reference(p.documentId())}));
    }
}
