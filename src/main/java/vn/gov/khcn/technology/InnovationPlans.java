package vn.gov.khcn.technology;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.records.RecordType;
import vn.gov.khcn.records.RecordWrites;
import vn.gov.khcn.records.Register;
import vn.gov.khcn.shared.Check;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.Rows;
import vn.gov.khcn.shared.VietnameseText;

/**
 * The register of innovation and start-up plans, each kept as the document that sets it out: one per title and day.
 * No report counts plans, so an issued report's period does not hold them.
 */
@Service
public class InnovationPlans {
    static final RecordType<InnovationPlan> PLAN = RecordType.of("innovationPlan", "kế hoạch", "innovation_plan", Appraisals.OWNER,
            RecordType.undated(), InnovationPlan::title);
    private static final String COLS = "id, title, dated_on, document_id, version";
    private final JdbcClient jdbc;
    private final Documents documents;
    private final Register<InnovationPlan> plans;

    InnovationPlans(JdbcClient jdbc, Documents documents, RecordWrites writes) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.plans = writes.register(PLAN, this::get);
    }

    public InnovationPlan get(long id) {
        return RecordSql.get(jdbc, InnovationPlan.class, "select " + COLS + " from innovation_plan where id = :id", id, "kế hoạch");
    }

    public PageResult<InnovationPlan> search(InnovationPlanQuery q, int page, int size) {
        return RecordSql.page(jdbc, InnovationPlan.class, COLS, "innovation_plan", "(cast(:y as integer) is null or extract(year from dated_on) = :y)",
                RecordSql.params("y", q.year()), "dated_on desc, id desc", page, size);
    }

    /** The plan of this title dated this day: a plan's identity. */
    public Optional<InnovationPlan> find(String title, LocalDate datedOn) {
        return jdbc.sql("select " + COLS + " from innovation_plan where title = :t and dated_on = :d").param("t", VietnameseText.clean(title))
                .param("d", datedOn).query(Rows.of(InnovationPlan.class)).stream().findFirst();
    }

    @Transactional
    public InnovationPlan record(InnovationPlanCommand c) {
        return plans.add(Appraisals.OWNER, null, "cùng tên kế hoạch và ngày", () -> RecordSql.insert(jdbc, """
                insert into innovation_plan(title, dated_on, document_id) values (:title, :datedOn, :documentId)""", validate(c, null)));
    }

    @Transactional
    public InnovationPlan correct(long id, InnovationPlanCommand c) {
        return plans.change(id, c.version(), null, before -> RecordSql.update(jdbc, """
                update innovation_plan set title = :title, dated_on = :datedOn, document_id = :documentId where id = :id""", id, validate(c, id)));
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
