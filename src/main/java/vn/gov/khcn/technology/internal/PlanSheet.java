package vn.gov.khcn.technology.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.PagedExport;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.technology.InnovationPlanCommand;
import vn.gov.khcn.technology.InnovationPlanQuery;
import vn.gov.khcn.technology.InnovationPlans;

/** Innovation and start-up plans, each kept as the document that sets it out; rows go through {@link InnovationPlans}. */
@Component
class PlanSheet extends RecordImport<InnovationPlanQuery> {
    static final Column TITLE = Column.text("Tên kế hoạch", true, 1000, "Tên đầy đủ. Cùng tên và ngày với kế hoạch đã có thì dòng được bỏ qua.");
    static final Column ON = Column.date("Ngày", true, "Ngày ban hành kế hoạch.");
    static final Column DOCUMENT = Column.text("Văn bản", true, 150,
            "Số, ký hiệu văn bản trong sổ văn bản, thêm ngày nếu số trùng: ví dụ 45/KH-UBND ngày 10/03/2021.");
    static final RegisterSpec SPEC = new RegisterSpec("innovation-plans", "Kế hoạch đổi mới sáng tạo, khởi nghiệp", "Công nghệ và sở hữu trí tuệ",
            "Ke hoach DMST", List.of(TITLE, ON, DOCUMENT), "cùng tên kế hoạch và ngày", List.of("documents"));

    PlanSheet(InnovationPlans plans, Documents documents) {
        super(SPEC, InnovationPlanQuery.class, TITLE, ON);
        existsWhen(row -> plans.find(row.text(TITLE), row.date(ON)).isPresent());
        createdBy((row, context) -> plans.record(InnovationPlanCommand.of(row.text(TITLE), row.date(ON),
                TechnologyLookups.document(context, documents, row.text(DOCUMENT), "documentId", "Văn bản"))));
        exportedBy((query, sink) -> PagedExport.rows(plans::search, query, sink, p -> SPEC.row().put(TITLE, p.title())
                .put(ON, p.datedOn()).put(DOCUMENT, documents.reference(p.documentId()))));
    }
}
