package vn.gov.khcn.technology.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.PagedExport;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.technology.AppraisalCommand;
import vn.gov.khcn.technology.AppraisalQuery;
import vn.gov.khcn.technology.Appraisals;

/** Technology opinions on investment projects; the investor and the document are named as in their registers. */
@Component
class AppraisalSheet extends RecordImport<AppraisalQuery> {
    static final Column PROJECT = Column.text("Tên dự án đầu tư", true, 1000, "Tên đầy đủ, có dấu.");
    static final Column INVESTOR = Column.text("Chủ đầu tư", false, 500,
            "Tên đúng như trong danh mục tổ chức (nhập danh mục tổ chức trước nếu chưa có).");
    static final Column ON = Column.date("Ngày cho ý kiến", true, "Cùng dự án và ngày với ý kiến đã có thì dòng được bỏ qua.");
    static final Column DOCUMENT = Column.text("Văn bản cho ý kiến", false, 150, "Số, ký hiệu văn bản trong sổ văn bản, thêm ngày nếu số "
            + "trùng: ví dụ 1155/SKH&CN-QL&CN&SHTT ngày 07/09/2021.");
    static final Column NOTE = Column.text("Ghi chú", false, 2000, "");
    static final RegisterSpec SPEC = new RegisterSpec("tech-appraisals", "Ý kiến về công nghệ đối với dự án đầu tư", "Công nghệ và sở hữu trí tuệ",
            "Y kien cong nghe", List.of(PROJECT, INVESTOR, ON, DOCUMENT, NOTE), "cùng tên dự án đầu tư và ngày cho ý kiến",
            List.of("organisations", "documents"));

    AppraisalSheet(Appraisals appraisals, Organisations organisations, Documents documents) {
        super(SPEC, AppraisalQuery.class, PROJECT, ON);
        existsWhen(row -> appraisals.find(row.text(PROJECT), row.date(ON)).isPresent());
        createdBy((row, context) -> {
            context.get("organisation", row.text(INVESTOR), () -> organisations.requireByName(row.text(INVESTOR), "investorName", "Chủ đầu tư").id());
            Long document = TechnologyLookups.document(context, documents, row.text(DOCUMENT), "documentId", "Văn bản cho ý kiến");
            appraisals.record(new AppraisalCommand(row.text(PROJECT), row.text(INVESTOR), row.date(ON), document, row.text(NOTE), null,
                    context.reason()));
        });
        exportedBy((query, sink) -> PagedExport.rows(appraisals::search, query, sink, a -> SPEC.row().put(PROJECT, a.projectName())
                .put(INVESTOR, a.investorName()).put(ON, a.appraisedOn()).put(DOCUMENT, documents.reference(a.documentId()))
                .put(NOTE, a.note())));
    }
}
