package vn.gov.khcn.technology.web;

import static vn.gov.khcn.shared.web.SimplePages.show;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.web.RegisterPages;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Filter;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;
import vn.gov.khcn.technology.IpProposal;
import vn.gov.khcn.technology.IpProposalCommand;
import vn.gov.khcn.technology.IpProposalQuery;
import vn.gov.khcn.technology.IpProposals;

@Controller
@RequestMapping("/technology/proposals")
class ProposalPages extends RegisterPages<IpProposalCommand> {
    private final IpProposals proposals;
    private final Documents documents;

    ProposalPages(IpProposals proposals, Documents documents) {
        super("/technology/proposals", () -> IpProposalCommand.of(null, null, null, null), c -> proposals.record(c).id(), proposals::correct);
        this.proposals = proposals;
        this.documents = documents;
    }

    @GetMapping
    String list(IpProposalQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
        SimplePages.exportAs(model, "ip-proposals");
        var r = proposals.search(query, Math.max(page, 0), 25);
        List<Row> rows = r.items().stream().map(p -> new Row("/technology/proposals/" + p.id(), List.of(p.title(), p.proposer(),
                Formats.date(p.proposedOn()), TechnologyTabs.cite(documents, p.documentId())))).toList();
        return show(model, new Table("Đề xuất nhiệm vụ thuộc Chương trình phát triển tài sản trí tuệ", null, "/technology/proposals/new",
                "Thêm", List.of("Nhiệm vụ", "Đề xuất", "Ngày", "Văn bản"), rows, r, SimplePages.base("/technology/proposals", "year", query.year()),
                List.of(Filter.year(query.year())), TechnologyTabs.TABS).ownedBy(vn.gov.khcn.technology.Appraisals.OWNER));
    }

    @Override
    protected IpProposalCommand saved(long id) {
        IpProposal p = proposals.get(id);
        return new IpProposalCommand(p.title(), p.proposer(), p.proposedOn(), p.documentId(), p.version(), null);
    }

    @Override
    protected Form form(IpProposalCommand c, Long id) {
        return new Form("Đề xuất nhiệm vụ Chương trình SHTT", id == null ? "/technology/proposals" : "/technology/proposals/" + id,
                "/technology/proposals", List.of(
                Field.of("textarea", "title", "Nhiệm vụ đề xuất", c.title(), true),
                Field.text("proposer", "Tổ chức, cá nhân đề xuất", c.proposer(), true),
                Field.of("date", "proposedOn", "Ngày đề xuất", c.proposedOn(), true),
                Field.document("documentId", "Mã văn bản đề xuất (trong sổ văn bản)", c.documentId(), false),
                Field.reason(id)), c.version(), null, null, "ipProposal", id, TechnologyTabs.documentLinks(documents, c.documentId())).ownedBy(vn.gov.khcn.technology.Appraisals.OWNER);
    }
}
