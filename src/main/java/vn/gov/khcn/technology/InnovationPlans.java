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
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.RecordTable;
import vn.gov.khcn.shared.VietnameseText;

/**
 * The register of innovation and start-up plans, each kept as the document that sets it out: one per title and day.
 * No report counts plans, so an issued report's period does not hold them.
 */
@Service
public class InnovationPlans extends RecordFacade<InnovationPlan> {
    static final RecordType<InnovationPlan> PLAN = RecordType.of("innovationPlan", "kế hoạch", "innovation_plan", Appraisals.OWNER,
            RecordType.undated(), InnovationPlan::title);
    private final Documents documents;

    InnovationPlans(JdbcClient jdbc, Documents documents, RecordWrites writes) {
        super(writes, PLAN, new RecordTable<>(jdbc, InnovationPlan.class, "kế hoạch", "id",
                "id, title, dated_on, document_id, version", "innovation_plan"));
        this.documents = documents;
    }

    public PageResult<InnovationPlan> search(InnovationPlanQuery q, int page, int size) {
        return pageInYear("dated_on", q.year(), "dated_on desc, id desc", page, size);
    }

    /** The plan of this title dated this day: a plan's identity. */
    public Optional<InnovationPlan> find(String title, LocalDate datedOn) {
        return table.first("title = :t and dated_on = :d", RecordSql.params("t", VietnameseText.clean(title), "d", datedOn));
    }

    @Transactional
    public InnovationPlan record(InnovationPlanCommand c) {
        return insertRecord(Appraisals.OWNER, null, "cùng tên kế hoạch và ngày", """
                insert into innovation_plan(title, dated_on, document_id) values (:title, :datedOn, :documentId)""", () -> validate(c, null));
    }

    @Transactional
    public InnovationPlan correct(long id, InnovationPlanCommand c) {
        return updateRecord(id, c.version(), null, """
                update innovation_plan set title = :title, dated_on = :datedOn, document_id = :documentId where id = :id""", () -> validate(c, id));
    }

    /** A plan as the register stores it. */
    private record Valid(String title, LocalDate datedOn, Long documentId) {
    }

    private Valid validate(InnovationPlanCommand c, Long id) {
        String title = Check.text("title", "tên kế hoạch", c.title(), 1000);
        LocalDate on = Check.date("datedOn", "ngày ban hành", c.datedOn());
        find(title, on).filter(p -> id == null || p.id() != id).ifPresent(p -> {
            throw new DomainException("title", "Kế hoạch \"" + title + "\" ngày " + Formats.date(on) + " đã có trong sổ.");
        });
        Long document = Check.chosen("documentId", "văn bản của kế hoạch", c.documentId());
        return new Valid(title, on, CitedDocuments.check(documents, "documentId", document));
    }
}
