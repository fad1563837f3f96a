package vn.gov.khcn.technology;

import static vn.gov.khcn.shared.RecordSql.params;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.identity.AccessPolicy;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.records.PeriodLocks;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.NotFoundException;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.VietnameseText;

/**
 * The technology and IP registers of Phòng QLCN&SHTT: technology appraisals, IP support cases,
 * collective marks and geographical indications, IP programme proposals, innovation plans.
 */
@Service
public class Technology {
    static final Unit OWNER = Unit.TECHNOLOGY;
    private static final String APPRAISAL_COLS = "a.id, a.project_name, a.investor_id, o.name as investor_name, a.appraised_on, a.document_id, a.note, a.version";
    private static final String APPRAISAL_FROM = "tech_appraisal a left join organisation o on o.id = a.investor_id";
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final PeriodLocks locks;
    private final Documents documents;
    private final Organisations organisations;

    Technology(JdbcClient jdbc, AuditTrail audit, PeriodLocks locks, Documents documents, Organisations organisations) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.locks = locks;
        this.documents = documents;
        this.organisations = organisations;
    }

    // --- technology appraisals

    public Appraisal appraisal(long id) {
        return jdbc.sql("select " + APPRAISAL_COLS + " from " + APPRAISAL_FROM + " where a.id = :id").param("id", id)
                .query(Appraisal.class).optional().orElseThrow(() -> new NotFoundException("ý kiến về công nghệ", id));
    }

    public PageResult<Appraisal> appraisals(String q, Integer year, int page, int size) {
        return RecordSql.page(jdbc, Appraisal.class, APPRAISAL_COLS, APPRAISAL_FROM,
                "(cast(:q as varchar) is null or a.project_folded like :q) and (cast(:y as integer) is null or extract(year from a.appraised_on) = :y)",
                params("q", RecordSql.like(q), "y", year), "a.appraised_on desc, a.id desc", page, size);
    }

    /** Whether an opinion on this project was given on this day (what makes two opinions the same one). */
    public boolean appraisalExists(String projectName, LocalDate appraisedOn) {
        return count("select count(*) from tech_appraisal where project_name = :a and appraised_on = :b", projectName, appraisedOn);
    }

    @Transactional
    public Appraisal createAppraisal(AppraisalCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), OWNER);
        var p = appraisalParams(c);
        long id = RecordSql.insert(jdbc, """
                insert into tech_appraisal(project_name, project_folded, investor_id, appraised_on, document_id, note)
                values (:n, :nf, :inv, :d, :doc, :note)""", p);
        Appraisal saved = appraisal(id);
        audit.record("techAppraisal", id, "CREATE", null, saved);
        return saved;
    }

    @Transactional
    public Appraisal updateAppraisal(long id, AppraisalCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), OWNER);
        Appraisal before = appraisal(id);
        var p = appraisalParams(c);
        locks.checkChange("techAppraisal", id, List.of(before.appraisedOn(), (LocalDate) p.get("d")), null);
        p.put("id", id);
        p.put("v", c.version() == null ? before.version() : c.version());
        RecordSql.updateVersioned(jdbc, """
                update tech_appraisal set project_name = :n, project_folded = :nf, investor_id = :inv, appraised_on = :d,
                       document_id = :doc, note = :note, version = version + 1 where id = :id and version = :v""", p,
                "Ý kiến về công nghệ \"" + before.projectName() + "\"", before);
        Appraisal after = appraisal(id);
        audit.record("techAppraisal", id, "UPDATE", before, after);
        return after;
    }

    private java.util.Map<String, Object> appraisalParams(AppraisalCommand c) {
        String name = RecordSql.text("projectName", c.projectName(), "tên dự án đầu tư", 1000, true);
        String investor = RecordSql.text("investorName", c.investorName(), "tên chủ đầu tư", 500, false);
        Long investorId = investor == null ? null : organisations.findOrCreate(investor, OrganisationKind.ENTERPRISE, null).id();
        return params("n", name, "nf", VietnameseText.fold(name), "inv", investorId,
                "d", RecordSql.date("appraisedOn", c.appraisedOn(), "ngày cho ý kiến", true),
                "doc", document("documentId", c.documentId()), "note", RecordSql.text("note", c.note(), "ghi chú", 2000, false));
    }

    // --- IP support cases

    public IpSupportCase supportCase(long id) {
        return jdbc.sql("select id, advised_name, ip_object, advised_on, outcome, version from ip_support_case where id = :id")
                .param("id", id).query(IpSupportCase.class).optional().orElseThrow(() -> new NotFoundException("hồ sơ hỗ trợ SHTT", id));
    }

    public PageResult<IpSupportCase> supportCases(String q, Integer year, int page, int size) {
        return RecordSql.page(jdbc, IpSupportCase.class, "id, advised_name, ip_object, advised_on, outcome, version", "ip_support_case",
                "(cast(:q as varchar) is null or advised_folded like :q) and (cast(:y as integer) is null or extract(year from advised_on) = :y)",
                params("q", RecordSql.like(q), "y", year), "advised_on desc, id desc", page, size);
    }

    /** Whether this organisation or person was advised on this object on this day. */
    public boolean supportCaseExists(String advisedName, IpObject ipObject, LocalDate advisedOn) {
        return jdbc.sql("select count(*) from ip_support_case where advised_name = :n and ip_object = :o and advised_on = :d")
                .param("n", VietnameseText.clean(advisedName)).param("o", ipObject.name()).param("d", advisedOn)
                .query(Long.class).single() > 0;
    }

    @Transactional
    public IpSupportCase createSupportCase(IpSupportCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), OWNER);
        long id = RecordSql.insert(jdbc, """
                insert into ip_support_case(advised_name, advised_folded, ip_object, advised_on, outcome)
                values (:n, :nf, :o, :d, :out)""", supportParams(c));
        IpSupportCase saved = supportCase(id);
        audit.record("ipSupportCase", id, "CREATE", null, saved);
        return saved;
    }

    @Transactional
    public IpSupportCase updateSupportCase(long id, IpSupportCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), OWNER);
        IpSupportCase before = supportCase(id);
        var p = supportParams(c);
        locks.checkChange("ipSupportCase", id, List.of(before.advisedOn(), (LocalDate) p.get("d")), null);
        p.put("id", id);
        p.put("v", c.version() == null ? before.version() : c.version());
        RecordSql.updateVersioned(jdbc, """
                update ip_support_case set advised_name = :n, advised_folded = :nf, ip_object = :o, advised_on = :d, outcome = :out,
                       version = version + 1 where id = :id and version = :v""", p, "Hồ sơ hỗ trợ \"" + before.advisedName() + "\"", before);
        IpSupportCase after = supportCase(id);
        audit.record("ipSupportCase", id, "UPDATE", before, after);
        return after;
    }

    private static java.util.Map<String, Object> supportParams(IpSupportCommand c) {
        String name = RecordSql.text("advisedName", c.advisedName(), "tên tổ chức, cá nhân được hướng dẫn", 500, true);
        return params("n", name, "nf", VietnameseText.fold(name),
                "o", RecordSql.required("ipObject", c.ipObject(), "Cần chọn đối tượng sở hữu công nghiệp."),
                "d", RecordSql.date("advisedOn", c.advisedOn(), "ngày hướng dẫn", true),
                "out", RecordSql.text("outcome", c.outcome(), "kết quả", 2000, false));
    }

    // --- collective marks and geographical indications

    public CollectiveMark mark(long id) {
        return jdbc.sql("select id, name, kind, product, holder, status, version from collective_mark where id = :id")
                .param("id", id).query(CollectiveMark.class).optional().orElseThrow(() -> new NotFoundException("nhãn hiệu, chỉ dẫn địa lý", id));
    }

    public PageResult<CollectiveMark> marks(String q, int page, int size) {
        return RecordSql.page(jdbc, CollectiveMark.class, "id, name, kind, product, holder, status, version", "collective_mark",
                "(cast(:q as varchar) is null or name_folded like :q)", params("q", RecordSql.like(q)), "name_folded, id", page, size);
    }

    /** Whether a mark or indication of this name is listed (names are unique). */
    public boolean markExists(String name) {
        return jdbc.sql("select count(*) from collective_mark where name = :n").param("n", VietnameseText.clean(name))
                .query(Long.class).single() > 0;
    }

    @Transactional
    public CollectiveMark createMark(MarkCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), OWNER);
        var p = markParams(c, null);
        long id = RecordSql.insert(jdbc, """
                insert into collective_mark(name, name_folded, kind, product, holder, status) values (:n, :nf, :k, :p, :h, :s)""", p);
        CollectiveMark saved = mark(id);
        audit.record("collectiveMark", id, "CREATE", null, saved);
        return saved;
    }

    @Transactional
    public CollectiveMark updateMark(long id, MarkCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), OWNER);
        CollectiveMark before = mark(id);
        var p = markParams(c, id);
        p.put("id", id);
        p.put("v", c.version() == null ? before.version() : c.version());
        RecordSql.updateVersioned(jdbc, """
                update collective_mark set name = :n, name_folded = :nf, kind = :k, product = :p, holder = :h, status = :s,
                       version = version + 1 where id = :id and version = :v""", p, "Nhãn hiệu \"" + before.name() + "\"", before);
        CollectiveMark after = mark(id);
        audit.record("collectiveMark", id, "UPDATE", before, after);
        return after;
    }

    private java.util.Map<String, Object> markParams(MarkCommand c, Long id) {
        String name = RecordSql.text("name", c.name(), "tên nhãn hiệu, chỉ dẫn địa lý", 300, true);
        boolean taken = jdbc.sql("select count(*) from collective_mark where name = :n and (cast(:id as bigint) is null or id <> :id)")
                .param("n", name).param("id", id).query(Long.class).single() > 0;
        if (taken) {
            throw new DomainException("name", "\"" + name + "\" đã có trong danh sách.");
        }
        return params("n", name, "nf", VietnameseText.fold(name),
                "k", RecordSql.required("kind", c.kind(), "Cần chọn loại (nhãn hiệu tập thể, nhãn hiệu chứng nhận, chỉ dẫn địa lý)."),
                "p", RecordSql.text("product", c.product(), "sản phẩm", 300, true),
                "h", RecordSql.text("holder", c.holder(), "chủ sở hữu", 500, false),
                "s", RecordSql.required("status", c.status(), "Cần chọn tình trạng."));
    }

    // --- proposals to the national IP programme

    public IpProposal proposal(long id) {
        return jdbc.sql("select id, title, proposer, proposed_on, document_id, version from ip_proposal where id = :id")
                .param("id", id).query(IpProposal.class).optional().orElseThrow(() -> new NotFoundException("đề xuất nhiệm vụ", id));
    }

    public PageResult<IpProposal> proposals(Integer year, int page, int size) {
        return RecordSql.page(jdbc, IpProposal.class, "id, title, proposer, proposed_on, document_id, version", "ip_proposal",
                "(cast(:y as integer) is null or extract(year from proposed_on) = :y)", params("y", year), "proposed_on desc, id desc", page, size);
    }

    /** Whether this proposer has proposed a task of this title. */
    public boolean proposalExists(String title, String proposer) {
        return count("select count(*) from ip_proposal where title = :a and proposer = :b", title, VietnameseText.clean(proposer));
    }

    @Transactional
    public IpProposal createProposal(IpProposalCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), OWNER);
        long id = RecordSql.insert(jdbc, "insert into ip_proposal(title, proposer, proposed_on, document_id) values (:t, :p, :d, :doc)",
                proposalParams(c));
        IpProposal saved = proposal(id);
        audit.record("ipProposal", id, "CREATE", null, saved);
        return saved;
    }

    @Transactional
    public IpProposal updateProposal(long id, IpProposalCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), OWNER);
        IpProposal before = proposal(id);
        var p = proposalParams(c);
        locks.checkChange("ipProposal", id, List.of(before.proposedOn(), (LocalDate) p.get("d")), null);
        p.put("id", id);
        p.put("v", c.version() == null ? before.version() : c.version());
        RecordSql.updateVersioned(jdbc, """
                update ip_proposal set title = :t, proposer = :p, proposed_on = :d, document_id = :doc, version = version + 1
                where id = :id and version = :v""", p, "Đề xuất \"" + before.title() + "\"", before);
        IpProposal after = proposal(id);
        audit.record("ipProposal", id, "UPDATE", before, after);
        return after;
    }

    private java.util.Map<String, Object> proposalParams(IpProposalCommand c) {
        return params("t", RecordSql.text("title", c.title(), "tên nhiệm vụ đề xuất", 1000, true),
                "p", RecordSql.text("proposer", c.proposer(), "tổ chức, cá nhân đề xuất", 500, true),
                "d", RecordSql.date("proposedOn", c.proposedOn(), "ngày đề xuất", true),
                "doc", document("documentId", c.documentId()));
    }

    // --- innovation and start-up plans

    public InnovationPlan plan(long id) {
        return jdbc.sql("select id, title, dated_on, document_id, version from innovation_plan where id = :id")
                .param("id", id).query(InnovationPlan.class).optional().orElseThrow(() -> new NotFoundException("kế hoạch", id));
    }

    public PageResult<InnovationPlan> plans(Integer year, int page, int size) {
        return RecordSql.page(jdbc, InnovationPlan.class, "id, title, dated_on, document_id, version", "innovation_plan",
                "(cast(:y as integer) is null or extract(year from dated_on) = :y)", params("y", year), "dated_on desc, id desc", page, size);
    }

    /** Whether a plan of this title dated this day is kept. */
    public boolean planExists(String title, LocalDate datedOn) {
        return count("select count(*) from innovation_plan where title = :a and dated_on = :b", title, datedOn);
    }

    @Transactional
    public InnovationPlan createPlan(InnovationPlanCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), OWNER);
        long id = RecordSql.insert(jdbc, "insert into innovation_plan(title, dated_on, document_id) values (:t, :d, :doc)", planParams(c));
        InnovationPlan saved = plan(id);
        audit.record("innovationPlan", id, "CREATE", null, saved);
        return saved;
    }

    @Transactional
    public InnovationPlan updatePlan(long id, InnovationPlanCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), OWNER);
        InnovationPlan before = plan(id);
        var p = planParams(c);
        p.put("id", id);
        p.put("v", c.version() == null ? before.version() : c.version());
        RecordSql.updateVersioned(jdbc, "update innovation_plan set title = :t, dated_on = :d, document_id = :doc, version = version + 1 where id = :id and version = :v",
                p, "Kế hoạch \"" + before.title() + "\"", before);
        InnovationPlan after = plan(id);
        audit.record("innovationPlan", id, "UPDATE", before, after);
        return after;
    }

    private java.util.Map<String, Object> planParams(InnovationPlanCommand c) {
        return params("t", RecordSql.text("title", c.title(), "tên kế hoạch", 1000, true),
                "d", RecordSql.date("datedOn", c.datedOn(), "ngày ban hành", true),
                "doc", RecordSql.required("documentId", document("documentId", c.documentId()), "Cần chọn văn bản của kế hoạch."));
    }

    /** Counts rows where :a is the cleaned text {@code a} and :b is {@code b}. */
    private boolean count(String sql, String a, Object b) {
        return jdbc.sql(sql).param("a", VietnameseText.clean(a)).param("b", b).query(Long.class).single() > 0;
    }

    private Long document(String field, Long id) {
        if (id != null && documents.find(id).isEmpty()) {
            throw new DomainException(field, "Không có văn bản mã " + id + " trong sổ văn bản.");
        }
        return id;
    }
}
