package vn.gov.khcn.exchange.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.exchange.Column;
import vn.gov.khcn.exchange.ImportRow;
import vn.gov.khcn.exchange.RegisterSpec;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.technology.AppraisalCommand;
import vn.gov.khcn.technology.Technology;

/** Technology opinions on investment projects; the investor and the document are named as in their registers. */
@Component
@Order(70)
public class AppraisalExchange extends RecordImport {
    static final RegisterSpec SPEC = new RegisterSpec("tech-appraisals", "Ý kiến về công nghệ đối với dự án đầu tư", "Y kien cong nghe", List.of(
            Column.text("Tên dự án đầu tư", true, 1000, "Tên đầy đủ, có dấu."),
            Column.text("Chủ đầu tư", false, 500, "Tên đúng như trong danh mục tổ chức (nhập danh mục tổ chức trước nếu chưa có)."),
            Column.date("Ngày cho ý kiến", true, "Cùng dự án và ngày với ý kiến đã có thì dòng được bỏ qua."),
            Column.text("Văn bản cho ý kiến", false, 150, "Số, ký hiệu văn bản trong sổ văn bản, thêm ngày nếu số trùng: "
                    + "ví dụ 1155/SKH&CN-QL&CN&SHTT ngày 07/09/2021."),
            Column.text("Ghi chú", false, 2000, "")),
            "cùng tên dự án đầu tư và ngày cho ý kiến");
    private final Technology technology;
    private final Documents documents;

    AppraisalExchange(Technology technology, Organisations organisations, Documents documents) {
        super(SPEC, () -> new Lookups(organisations, documents));
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
    protected void create(ImportRow row, Lookups lookups) {
        lookups.organisation(row.text(1), "investorName", "Chủ đầu tư");
        technology.createAppraisal(new AppraisalCommand(row.text(0), row.text(1), row.date(2),
                lookups.document(row.text(3), "documentId", "Văn bản cho ý kiến"), row.text(4), null));
    }

    @Override
    public void export(Map<String, String> filters, Consumer<Object[]> sink) {
        ListFilters f = new ListFilters(filters);
        Integer year = f.integer("year");
        Function<Long, String> cite = Lookups.citations(documents);
        PagedExport.each(page -> technology.appraisals(f.text("q"), year, page, PagedExport.SIZE), a -> sink.accept(new Object[] {
                a.projectName(), a.investorName(), a.appraisedOn(), cite.apply(a.documentId()), a.note()}));
    }
}
