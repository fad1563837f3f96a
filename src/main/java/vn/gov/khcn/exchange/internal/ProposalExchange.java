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
import vn.gov.khcn.technology.IpProposalCommand;
import vn.gov.khcn.technology.Technology;

/** Proposals to the national intellectual-property development programme; rows go through {@link Technology}. */
@Component
@Order(100)
public class ProposalExchange extends RecordImport {
    static final RegisterSpec SPEC = new RegisterSpec("ip-proposals", "Đề xuất nhiệm vụ thuộc Chương trình phát triển tài sản trí tuệ",
            "De xuat SHTT", List.of(
            Column.text("Nhiệm vụ đề xuất", true, 1000, "Tên nhiệm vụ. Cùng nhiệm vụ và người đề xuất với đề xuất đã có thì dòng được bỏ qua."),
            Column.text("Tổ chức, cá nhân đề xuất", true, 500, ""),
            Column.date("Ngày đề xuất", true, "Ngày dạng dd/mm/yyyy."),
            Column.text("Văn bản đề xuất", false, 150, "Số, ký hiệu văn bản trong sổ văn bản, thêm ngày nếu số trùng: "
                    + "ví dụ 1161/TTr-SKH&CN ngày 08/09/2021.")),
            "cùng nhiệm vụ đề xuất và tổ chức, cá nhân đề xuất");
    private final Technology technology;
    private final Documents documents;

    ProposalExchange(Technology technology, Organisations organisations, Documents documents) {
        super(SPEC, () -> new Lookups(organisations, documents));
        this.technology = technology;
        this.documents = documents;
    }

    @Override
    protected String identity(ImportRow row) {
        return row.text(0) + "|" + row.text(1);
    }

    @Override
    protected boolean exists(ImportRow row) {
        return technology.proposalExists(row.text(0), row.text(1));
    }

    @Override
    protected void create(ImportRow row, Lookups lookups) {
        technology.createProposal(new IpProposalCommand(row.text(0), row.text(1), row.date(2),
                lookups.document(row.text(3), "documentId", "Văn bản đề xuất"), null));
    }

    @Override
    public void export(Map<String, String> filters, Consumer<Object[]> sink) {
        Integer year = new ListFilters(filters).integer("year");
        Function<Long, String> cite = Lookups.citations(documents);
        PagedExport.each(page -> technology.proposals(year, page, PagedExport.SIZE), p -> sink.accept(new Object[] {
                p.title(), p.proposer(), p.proposedOn(), cite.apply(p.documentId())}));
    }
}
