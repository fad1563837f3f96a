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
import vn.gov.khcn.technology.AppraisalCommand;
import vn.gov.khcn.technology.Technology;
import vn.gov.khcn.exchange.spi.ListFilters;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.PagedExport;

/** Technology opinions on investment projects; the investor and the document are named as in their registers. */
@Component
class AppraisalSheet extends RecordImport<ListFilters> {
    static final RegisterSpec SPEC = new RegisterSpec("tech-appraisals", "Ý kiến về công nghệ đối với dự án đầu tư", "Công nghệ và sở hữu trí tuệ", "Y kien cong nghe", List.of(
            Column.text("Tên dự án đầu tư", true, 1000, "Tên đầy đủ, có dấu."),
            Column.text("Chủ đầu tư", false, 500, "Tên đúng như trong danh mục tổ chức (nhập danh mục tổ chức trước nếu chưa có)."),
            Column.date("Ngày cho ý kiến", true, "Cùng dự án và ngày với ý kiến đã có thì dòng được bỏ qua."),
            Column.text("Văn bản cho ý kiến", false, 150, "Số, ký hiệu văn bản trong sổ văn bản, thêm ngày nếu số trùng: "
                    + "ví dụ 1155/SKH&CN-QL&CN&SHTT ngày 07/09/2021."),
            Column.text("Ghi chú", false, 2000, "")),
            "cùng tên dự án đầu tư và ngày cho ý kiến", List.of("organisations", "documents"));
    private final Technology technology;
    private final Organisations organisations;
    private final Documents documents;

    AppraisalSheet(Technology technology, Organisations organisations, Documents documents) {
        super(SPEC, ListFilters.class);
        this.organisations = organisations;
        this.technology = technology;
        this.documents = documents;
    }

    @Override
    protected String identity(ImportRow row) {
        return row.text(0) + "|" + row.date(2);
    }

    @Override
    protected boolean exists(ImportRow row) {
        return technology.appraisalExists(row.text(0), row.date(2));
    }

    @Override
    protected void create(ImportRow row, ImportContext lookups) {
        lookups.get("organisation", row.text(1), () -> organisations.requireByName(row.text(1), "investorName", "Chủ đầu tư").id());
        technology.createAppraisal(new AppraisalCommand(row.text(0), row.text(1), row.date(2),
                lookups.get("document", row.text(3), () -> documents.requireReferenced(row.text(3), "documentId", "Văn bản cho ý kiến").id()), row.text(4), null));
    }

    @Override
    public void export(ListFilters f, Consumer<Object[]> sink) {
        Integer year = f.integer("year");
        PagedExport.each(page -> technology.appraisals(f.text("q"), year, page, PagedExport.SIZE), a -> sink.accept(new Object[] {
                a.projectName(), a.investorName(), a.appraisedOn(), documents.reference(a.documentId()), a.note()}));
    }
}
