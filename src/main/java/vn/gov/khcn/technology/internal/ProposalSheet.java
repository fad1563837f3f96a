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
import vn.gov.khcn.technology.IpProposalCommand;
import vn.gov.khcn.technology.Technology;
import vn.gov.khcn.exchange.spi.ListFilters;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.PagedExport;

/** Proposals to the national intellectual-property development programme; rows go through {@link Technology}. */
@Component
class ProposalSheet extends RecordImport<ListFilters> {
    static final RegisterSpec SPEC = new RegisterSpec("ip-proposals", "Đề xuất nhiệm vụ thuộc Chương trình phát triển tài sản trí tuệ", "Công nghệ và sở hữu trí tuệ",
            "De xuat SHTT", List.of(
            Column.text("Nhiệm vụ đề xuất", true, 1000, "Tên nhiệm vụ. Cùng nhiệm vụ và người đề xuất với đề xuất đã có thì dòng được bỏ qua."),
            Column.text("Tổ chức, cá nhân đề xuất", true, 500, ""),
            Column.date("Ngày đề xuất", true, "Ngày dạng dd/mm/yyyy."),
            Column.text("Văn bản đề xuất", false, 150, "Số, ký hiệu văn bản trong sổ văn bản, thêm ngày nếu số trùng: "
                    + "ví dụ 1161/TTr-SKH&CN ngày 08/09/2021.")),
            "cùng nhiệm vụ đề xuất và tổ chức, cá nhân đề xuất", List.of("documents"));
    private final Technology technology;
    private final Documents documents;

    ProposalSheet(Technology technology, Organisations organisations, Documents documents) {
        super(SPEC, ListFilters.class);
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
    protected void create(ImportRow row, ImportContext lookups) {
        technology.createProposal(new IpProposalCommand(row.text(0), row.text(1), row.date(2),
                lookups.get("document", row.text(3), () -> documents.requireReferenced(row.text(3), "documentId", "Văn bản đề xuất").id()), null));
    }

    @Override
    public void export(ListFilters f, Consumer<Object[]> sink) {
        Integer year = f.integer("year");
        PagedExport.each(page -> technology.proposals(year, page, PagedExport.SIZE), p -> sink.accept(new Object[] {
                p.title(), p.proposer(), p.proposedOn(), documents.reference(p.documentId())}));
    }
}
