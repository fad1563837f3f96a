package vn.gov.khcn.technology.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.PagedExport;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.technology.IpProposalCommand;
import vn.gov.khcn.technology.IpProposalQuery;
import vn.gov.khcn.technology.IpProposals;

/** Proposals to the national intellectual-property development programme; rows go through {@link IpProposals}. */
@Component
class ProposalSheet extends RecordImport<IpProposalQuery> {
    static final Column TITLE = Column.text("Nhiệm vụ đề xuất", true, 1000,
            "Tên nhiệm vụ. Cùng nhiệm vụ và người đề xuất với đề xuất đã có thì dòng được bỏ qua.");
    static final Column PROPOSER = Column.text("Tổ chức, cá nhân đề xuất", true, 500, "");
    static final Column ON = Column.date("Ngày đề xuất", true, "Ngày dạng dd/mm/yyyy.");
    static final Column DOCUMENT = Column.text("Văn bản đề xuất", false, 150, "Số, ký hiệu văn bản trong sổ văn bản, thêm ngày nếu số trùng: "
            + "ví dụ 1161/TTr-SKH&CN ngày 08/09/2021.");
    static final RegisterSpec SPEC = new RegisterSpec("ip-proposals", "Đề xuất nhiệm vụ thuộc Chương trình phát triển tài sản trí tuệ",
            "Công nghệ và sở hữu trí tuệ", "De xuat SHTT", List.of(TITLE, PROPOSER, ON, DOCUMENT),
            "cùng nhiệm vụ đề xuất và tổ chức, cá nhân đề xuất", List.of("documents"));

    ProposalSheet(IpProposals proposals, Documents documents) {
        super(SPEC, IpProposalQuery.class, TITLE, PROPOSER);
        existsWhen(row -> proposals.find(row.text(TITLE), row.text(PROPOSER)).isPresent());
        createdBy((row, context) -> {
            Long document = TechnologyLookups.document(context, documents, row.text(DOCUMENT), "documentId", "Văn bản đề xuất");
            proposals.record(new IpProposalCommand(row.text(TITLE), row.text(PROPOSER), row.date(ON), document, null, context.reason()));
        });
        exportedBy((query, sink) -> PagedExport.rows(proposals::search, query, sink, p -> SPEC.row().put(TITLE, p.title())
                .put(PROPOSER, p.proposer()).put(ON, p.proposedOn()).put(DOCUMENT, documents.reference(p.documentId()))));
    }
}
