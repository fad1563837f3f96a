package vn.gov.khcn.investment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.records.RecordType;
import vn.gov.khcn.records.RecordWrites;
import vn.gov.khcn.records.Register;
import vn.gov.khcn.shared.Check;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.Rows;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.VietnameseText;

/**
 * The register of public investment projects and their disbursements. A disbursement is made with its project held,
 * and a correction of the project holds it too, so the total disbursed never exceeds the total investment.
 */
@Service
public class InvestmentProjects {
    static final RecordType<InvestmentProject> PROJECT = new RecordType<>("investmentProject", "dự án đầu tư công", "investment_project",
            InvestmentProject::unit, InvestmentProject::reportDates, InvestmentProject::name);
    // no report counts disbursements (investment.projectsActive reads the projects' dates only)
    static final RecordType<Disbursement> DISBURSEMENT = new RecordType<>("investmentDisbursement", "lần giải ngân", "investment_disbursement",
            Disbursement::unit, RecordType.undated(), d -> Formats.money(d.amount()) + " ngày " + Formats.date(d.paidOn()));
    private static final String COLS = "p.id, p.name, p.total_investment, p.start_on, p.end_on, p.progress_notes, p.unit, p.version,"
            + " (select coalesce(sum(d.amount), 0) from investment_disbursement d where d.project_id = p.id) as disbursed";
    private static final String DISBURSEMENT_COLS = "select d.id, d.project_id, d.paid_on, d.amount, d.note, p.unit"
            + " from investment_disbursement d join investment_project p on p.id = d.project_id";
    private final JdbcClient jdbc;
    private final Register<InvestmentProject> projects;
    private final Register<Disbursement> disbursements;

    InvestmentProjects(JdbcClient jdbc, RecordWrites writes) {
        this.jdbc = jdbc;
        this.projects = writes.register(PROJECT, this::get);
        this.disbursements = writes.register(DISBURSEMENT, this::disbursement);
    }

    public InvestmentProject get(long id) {
        return RecordSql.get(jdbc, InvestmentProject.class, "select " + COLS + " from investment_project p where p.id = :id", id, "dự án đầu tư công");
    }

    public PageResult<InvestmentProject> search(ProjectQuery q, int page, int size) {
        return RecordSql.page(jdbc, InvestmentProject.class, COLS, "investment_project p",
                "(cast(:q as varchar) is null or p.name_folded like :q) and (:a = false or p.end_on is null or p.end_on >= :today)",
                RecordSql.params("q", RecordSql.like(q.q()), "a", q.active(), "today", LocalDate.now()), "p.start_on desc, p.id desc", page, size);
    }

    /** The project named exactly {@code name}: a project's name identifies it. */
    public Optional<InvestmentProject> findByName(String name) {
        return jdbc.sql("select " + COLS + " from investment_project p where p.name = :n order by p.id").param("n", name)
                .query(Rows.of(InvestmentProject.class)).stream().findFirst();
    }

    /** The project named exactly {@code name}, for the disbursements' sheet; unknown is a Vietnamese error naming it. */
    public InvestmentProject requireByName(String name) {
        return findByName(name).orElseThrow(() -> new DomainException("projectId", "Dự án \"" + name
                + "\" chưa có trong sổ dự án đầu tư công: thêm dự án (hoặc nhập tệp mẫu Dự án đầu tư công) trước."));
    }

    public List<Disbursement> disbursements(long projectId) {
        return jdbc.sql(DISBURSEMENT_COLS + " where d.project_id = :p order by d.paid_on, d.id").param("p", projectId).query(Rows.of(Disbursement.class)).list();
    }

    /** The disbursement of an amount to a project on a day: what identifies a disbursement. */
    public Optional<Disbursement> findDisbursement(long projectId, LocalDate paidOn, long amount) {
        return jdbc.sql(DISBURSEMENT_COLS + " where d.project_id = :p and d.paid_on = :d and d.amount = :a")
                .param("p", projectId).param("d", paidOn).param("a", amount).query(Rows.of(Disbursement.class)).stream().findFirst();
    }

    private Disbursement disbursement(long id) {
        return RecordSql.get(jdbc, Disbursement.class, DISBURSEMENT_COLS + " where d.id = :id", id, "lần giải ngân");
    }

    /**
     * Records a project. The unit that will follow it is the one the input names; an input naming none is checked
     * against the user's own unit (and then refused for want of one).
     */
    @Transactional
    public InvestmentProject record(ProjectCommand c) {
        Unit owner = c.unit() != null ? c.unit() : Optional.ofNullable(CurrentUser.get().unit()).orElse(Unit.OFFICE);
        return projects.add(owner, c.reason(), "cùng tên dự án", () -> RecordSql.insert(jdbc, """
                insert into investment_project(name, name_folded, total_investment, start_on, end_on, progress_notes, unit)
                values (:name, :nameFolded, :totalInvestment, :startOn, :endOn, :progressNotes, :unit)""", validate(c, null)));
    }

    /** Corrects a project; its total investment may not fall below what has been disbursed. */
    @Transactional
    public InvestmentProject correct(long id, ProjectCommand c) {
        return projects.change(id, c.version(), c.reason(), before -> {
            Valid v = validate(c, id);
            // the project is held (its version claimed): no disbursement can be added until this correction ends
            InvestmentProject.requireCovers(v.totalInvestment(), get(id).disbursed());
            RecordSql.update(jdbc, """
                    update investment_project set name = :name, name_folded = :nameFolded, total_investment = :totalInvestment,
                           start_on = :startOn, end_on = :endOn, progress_notes = :progressNotes, unit = :unit where id = :id""", id, v);
        });
    }

    /** Disburses an amount to a project; the total disbursed may not exceed its total investment. Returns the project after. */
    @Transactional
    public InvestmentProject disburse(long projectId, DisbursementCommand c) {
        disbursements.requireEdit(get(projectId).unit());
        InvestmentProject p = projects.hold(projectId);
        disbursements.add(p.unit(), null, "cùng dự án, ngày giải ngân và số tiền", "DISBURSE", () -> RecordSql.insert(jdbc,
                "insert into investment_disbursement(project_id, paid_on, amount, note) values (:projectId, :paidOn, :amount, :note)",
                validate(c, p)));
        return get(projectId);
    }

    /** A project as the register stores it, with its folded name for search. */
    private record Valid(String name, String nameFolded, long totalInvestment, LocalDate startOn, LocalDate endOn, String progressNotes,
                         Unit unit) {
    }

    private Valid validate(ProjectCommand c, Long id) {
        String name = Check.text("name", "tên dự án", c.name(), 1000);
        findByName(name).filter(x -> id == null || x.id() != id).ifPresent(x -> {
            throw new DomainException("name", "Dự án \"" + name + "\" đã có.");
        });
        long total = Check.positive("totalInvestment", "tổng mức đầu tư", c.totalInvestment());
        LocalDate start = Check.date("startOn", "ngày khởi công", c.startOn());
        LocalDate end = Check.optionalDate("endOn", "ngày hoàn thành", c.endOn());
        Check.notBefore("endOn", end, start, "Ngày hoàn thành phải sau ngày khởi công.");
        String notes = Check.optionalText("progressNotes", "tình hình thực hiện", c.progressNotes(), 4000);
        Unit unit = Check.chosen("unit", "đơn vị theo dõi", c.unit());
        return new Valid(name, VietnameseText.fold(name), total, start, end, notes, unit);
    }

    /** A disbursement as the register stores it. */
    private record ValidDisbursement(long projectId, LocalDate paidOn, long amount, String note) {
    }

    /** {@code p}: the project as held, with what has been disbursed so far. */
    private ValidDisbursement validate(DisbursementCommand c, InvestmentProject p) {
        LocalDate paid = Check.date("paidOn", "ngày giải ngân", c.paidOn());
        long amount = Check.positive("amount", "số tiền giải ngân", c.amount());
        String note = Check.optionalText("note", "ghi chú", c.note(), 1000);
        findDisbursement(p.id(), paid, amount).ifPresent(d -> {
            throw new DomainException("paidOn", "Đã có lần giải ngân " + Formats.money(amount) + " ngày " + Formats.date(paid) + " cho dự án này.");
        });
        p.requireRoomFor(paid, amount);
        return new ValidDisbursement(p.id(), paid, amount, note);
    }
}
