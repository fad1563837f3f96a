package vn.gov.khcn.technology;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.records.RecordFacade;
import vn.gov.khcn.records.RecordType;
import vn.gov.khcn.records.RecordWrites;
import vn.gov.khcn.shared.Check;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.RecordTable;
import vn.gov.khcn.shared.VietnameseText;

/** The register of proposals to the national IP development programme: one per task proposed and proposer. */
@Service
public class IpProposals extends RecordFacade<IpProposal> {
    static final RecordType<IpProposal> PROPOSAL = RecordType.of("ipProposal", "đề xuất nhiệm vụ", "ip_proposal", Appraisals.OWNER,
            IpProposal::reportDates, IpProposal::title);
    private final Documents documents;

    IpProposals(JdbcClient jdbc, Documents documents, RecordWrites writes) {
        super(writes, PROPOSAL, new RecordTable<>(jdbc, IpProposal.class, "đề xuất nhiệm vụ", "id",
                "id, title, proposer, proposed_on, document_id, version", "ip_proposal"));
        this.documents = documents;
    }

    public PageResult<IpProposal> search(IpProposalQuery q, int page, int size) {
        return pageInYear("proposed_on", q.year(), "proposed_on desc, id desc", page, size);
    }

    /** The proposal of a task of this title by this proposer: a proposal's identity. */
    public Optional<IpProposal> find(String title, String proposer) {
        return table.first("title = :t and proposer = :p",
                RecordSql.params("t", VietnameseText.clean(title), "p", VietnameseText.clean(proposer)));
    }

    @Transactional
    public IpProposal record(IpProposalCommand c) {
        return insertRecord(Appraisals.OWNER, c.reason(), "cùng nhiệm vụ đề xuất và tổ chức, cá nhân đề xuất", """
                insert into ip_proposal(title, proposer, proposed_on, document_id) values (:title, :proposer, :proposedOn, :documentId)""", () -> validate(c, null));
    }

    @Transactional
    public IpProposal correct(long id, IpProposalCommand c) {
        return updateRecord(id, c.version(), c.reason(), """
                update ip_proposal set title = :title, proposer = :proposer, proposed_on = :proposedOn, document_id = :documentId
                where id = :id""", () -> validate(c, id));
    }

    /** A proposal as the register stores it. */
    private record Valid(String title, String proposer, LocalDate proposedOn, Long documentId) {
    }

    private Valid validate(IpProposalCommand c, Long id) {
        String title = Check.text("title", "tên nhiệm vụ đề xuất", c.title(), 1000);
        String proposer = Check.text("proposer", "tổ chức, cá nhân đề xuất", c.proposer(), 500);
        find(title, proposer).filter(p -> id == null || p.id() != id).ifPresent(p -> {
            throw new DomainException("title", "Đã có đề xuất nhiệm vụ \"" + title + "\" của " + proposer + ".");
        });
        return new Valid(title, proposer, Check.date("proposedOn", "ngày đề xuất", c.proposedOn()),
                CitedDocuments.check(documents, "documentId", c.documentId()));
    }
}
