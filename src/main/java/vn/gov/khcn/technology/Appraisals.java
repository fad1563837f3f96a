package vn.gov.khcn.technology;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.records.RecordFacade;
import vn.gov.khcn.records.RecordType;
import vn.gov.khcn.records.RecordWrites;
import vn.gov.khcn.shared.Check;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.RecordTable;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.VietnameseText;

/** The register of technology opinions on investment projects: one per project and day. */
@Service
public class Appraisals extends RecordFacade<Appraisal> {
    public static final Unit OWNER = Unit.keeping("technology", "công nghệ và sở hữu trí tuệ", Unit.TECHNOLOGY);
    static final RecordType<Appraisal> APPRAISAL = RecordType.of("techAppraisal", "ý kiến về công nghệ", "tech_appraisal", OWNER,
            Appraisal::reportDates, Appraisal::projectName);
    private final Organisations organisations;
    private final Documents documents;

    Appraisals(JdbcClient jdbc, Organisations organisations, Documents documents, RecordWrites writes) {
        super(writes, APPRAISAL, new RecordTable<>(jdbc, Appraisal.class, "ý kiến về công nghệ", "a.id", """
                a.id, a.project_name, a.investor_id, o.name as investor_name, a.appraised_on, a.document_id, a.note, a.version""",
                "tech_appraisal a left join organisation o on o.id = a.investor_id"));
        this.organisations = organisations;
        this.documents = documents;
    }

    public PageResult<Appraisal> search(AppraisalQuery q, int page, int size) {
        return pageByTextAndYear("a.project_folded", q.q(), "a.appraised_on", q.year(), "a.appraised_on desc, a.id desc", page, size);
    }

    /** The opinion on this project given on this day: what makes two opinions the same one. */
    public Optional<Appraisal> find(String projectName, LocalDate appraisedOn) {
        return table.first("a.project_name = :n and a.appraised_on = :d",
                RecordSql.params("n", VietnameseText.clean(projectName), "d", appraisedOn));
    }

    @Transactional
    public Appraisal record(AppraisalCommand c) {
        return insertRecord(OWNER, c.reason(), "cùng tên dự án đầu tư và ngày cho ý kiến", """
                insert into tech_appraisal(project_name, project_folded, investor_id, appraised_on, document_id, note)
                values (:projectName, :projectFolded, :investorId, :appraisedOn, :documentId, :note)""", () -> validate(c, null));
    }

    @Transactional
    public Appraisal correct(long id, AppraisalCommand c) {
        return updateRecord(id, c.version(), c.reason(), """
                update tech_appraisal set project_name = :projectName, project_folded = :projectFolded, investor_id = :investorId,
                       appraised_on = :appraisedOn, document_id = :documentId, note = :note where id = :id""", () -> validate(c, id));
    }

    /** An opinion as the register stores it, with its folded project name for search. */
    private record Valid(String projectName, String projectFolded, Long investorId, LocalDate appraisedOn, Long documentId, String note) {
    }

    private Valid validate(AppraisalCommand c, Long id) {
        String name = Check.text("projectName", "tên dự án đầu tư", c.projectName(), 1000);
        LocalDate on = Check.date("appraisedOn", "ngày cho ý kiến", c.appraisedOn());
        find(name, on).filter(a -> id == null || a.id() != id).ifPresent(a -> {
            throw new DomainException("appraisedOn", "Ý kiến về dự án \"" + name + "\" ngày " + Formats.date(on) + " đã có trong sổ.");
        });
        String investor = Check.optionalText("investorName", "tên chủ đầu tư", c.investorName(), 500);
        Long investorId = investor == null ? null : organisations.findOrCreate(investor, OrganisationKind.ENTERPRISE, null).id();
        return new Valid(name, VietnameseText.fold(name), investorId, on, CitedDocuments.check(documents, "documentId", c.documentId()),
                Check.optionalText("note", "ghi chú", c.note(), 2000));
    }
}
