package vn.gov.khcn.investment;

import static vn.gov.khcn.shared.RecordSql.params;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.identity.AccessPolicy;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.records.PeriodLocks;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.NotFoundException;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.VietnameseText;

/** The register of public investment projects and their disbursements. */
@Service
public class InvestmentProjects {
    private static final String COLS = "p.id, p.name, p.total_investment, p.start_on, p.end_on, p.progress_notes, p.unit, p.version,"
            + " (select coalesce(sum(d.amount), 0) from investment_disbursement d where d.project_id = p.id) as disbursed";
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final PeriodLocks locks;

    InvestmentProjects(JdbcClient jdbc, AuditTrail audit, PeriodLocks locks) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.locks = locks;
    }

    public InvestmentProject get(long id) {
        return jdbc.sql("select " + COLS + " from investment_project p where p.id = :id").param("id", id).query(InvestmentProject.class)
                .optional().orElseThrow(() -> new NotFoundException("dự án đầu tư công", id));
    }

    public PageResult<InvestmentProject> search(String q, boolean activeOnly, int page, int size) {
        return RecordSql.page(jdbc, InvestmentProject.class, COLS, "investment_project p",
                "(cast(:q as varchar) is null or p.name_folded like :q) and (:a = false or p.end_on is null or p.end_on >= :today)",
                params("q", RecordSql.like(q), "a", activeOnly, "today", LocalDate.now()), "p.start_on desc, p.id desc", page, size);
    }

    /** The project named exactly {@code name}: a project's name identifies it. */
    public Optional<InvestmentProject> findByName(String name) {
        return jdbc.sql("select " + COLS + " from investment_project p where p.name = :n order by p.id").param("n", name)
                .query(InvestmentProject.class).stream().findFirst();
    }

    /** The disbursement of an amount to a project on a day: what identifies a disbursement. */
    public Optional<Disbursement> findDisbursement(long projectId, LocalDate paidOn, long amount) {
        return jdbc.sql("select id, project_id, paid_on, amount, note from investment_disbursement where project_id = :p and paid_on = :d and amount = :a")
                .param("p", projectId).param("d", paidOn).param("a", amount).query(Disbursement.class).stream().findFirst();
    }

    public List<Disbursement> disbursements(long projectId) {
        return jdbc.sql("select id, project_id, paid_on, amount, note from investment_disbursement where project_id = :p order by paid_on, id")
                .param("p", projectId).query(Disbursement.class).list();
    }

    @Transactional
    public InvestmentProject create(ProjectCommand c) {
        var p = validate(c, null);
        AccessPolicy.requireEdit(CurrentUser.get(), Unit.valueOf((String) p.get("u")));
        long id = RecordSql.insert(jdbc, """
                insert into investment_project(name, name_folded, total_investment, start_on, end_on, progress_notes, unit)
                values (:n, :nf, :t, :s, :e, :notes, :u)""", p);
        InvestmentProject saved = get(id);
        audit.record("investmentProject", id, "CREATE", null, saved);
        return saved;
    }

    @Transactional
    public InvestmentProject update(long id, ProjectCommand c) {
        InvestmentProject before = get(id);
        AccessPolicy.requireEdit(CurrentUser.get(), before.unit());
        var p = validate(c, id);
        AccessPolicy.requireEdit(CurrentUser.get(), Unit.valueOf((String) p.get("u")));
        if ((Long) p.get("t") < before.disbursed()) {
            throw new DomainException("totalInvestment", "Tổng mức đầu tư nhỏ hơn số đã giải ngân (" + Formats.money(before.disbursed()) + ").");
        }
        List<LocalDate> dates = new ArrayList<>(List.of(before.startOn(), (LocalDate) p.get("s")));
        for (Object d : new Object[]{before.endOn(), p.get("e")}) {
            if (d != null) {
                dates.add((LocalDate) d);
            }
        }
        locks.checkChange("investmentProject", id, dates, null);
        p.put("id", id);
        p.put("v", c.version() == null ? before.version() : c.version());
        RecordSql.updateVersioned(jdbc, """
                update investment_project set name = :n, name_folded = :nf, total_investment = :t, start_on = :s, end_on = :e,
                       progress_notes = :notes, unit = :u, version = version + 1 where id = :id and version = :v""", p,
                "Dự án \"" + before.name() + "\"", before);
        InvestmentProject after = get(id);
        audit.record("investmentProject", id, "UPDATE", before, after);
        return after;
    }

    /** Adds a dated disbursement; the total disbursed may not exceed the total investment. */
    @Transactional
    public InvestmentProject disburse(long projectId, DisbursementCommand c) {
        InvestmentProject before = get(projectId);
        AccessPolicy.requireEdit(CurrentUser.get(), before.unit());
        LocalDate paid = RecordSql.date("paidOn", c.paidOn(), "ngày giải ngân", true);
        long amount = RecordSql.positive("amount", c.amount(), "số tiền giải ngân");
        if (paid.isBefore(before.startOn())) {
            throw new DomainException("paidOn", "Ngày giải ngân trước ngày khởi công dự án (" + Formats.date(before.startOn()) + ").");
        }
        findDisbursement(projectId, paid, amount).ifPresent(d -> {
            throw new DomainException("paidOn", "Đã có lần giải ngân " + Formats.money(amount) + " ngày " + Formats.date(paid) + " cho dự án này.");
        });
        if (before.disbursed() + amount > before.totalInvestment()) {
            throw new DomainException("amount", "Giải ngân vượt tổng mức đầu tư: đã giải ngân " + Formats.money(before.disbursed())
                    + ", tổng mức " + Formats.money(before.totalInvestment()) + ".");
        }
        long id = RecordSql.insert(jdbc, "insert into investment_disbursement(project_id, paid_on, amount, note) values (:p, :d, :a, :n)",
                params("p", projectId, "d", paid, "a", amount, "n", RecordSql.text("note", c.note(), "ghi chú", 1000, false)));
        jdbc.sql("update investment_project set version = version + 1 where id = :id").param("id", projectId).update();
        InvestmentProject after = get(projectId);
        audit.record("investmentProject", projectId, "DISBURSE", before, after);
        audit.record("investmentDisbursement", id, "CREATE", null, disbursements(projectId).stream().filter(d -> d.id() == id).findFirst().orElseThrow());
        return after;
    }

    private Map<String, Object> validate(ProjectCommand c, Long id) {
        String name = RecordSql.text("name", c.name(), "tên dự án", 1000, true);
        findByName(name).filter(x -> id == null || x.id() != id).ifPresent(x -> {
            throw new DomainException("name", "Dự án \"" + name + "\" đã có.");
        });
        long total = RecordSql.positive("totalInvestment", c.totalInvestment(), "tổng mức đầu tư");
        LocalDate start = RecordSql.date("startOn", c.startOn(), "ngày khởi công", true);
        LocalDate end = RecordSql.date("endOn", c.endOn(), "ngày hoàn thành", false);
        if (end != null && end.isBefore(start)) {
            throw new DomainException("endOn", "Ngày hoàn thành phải sau ngày khởi công.");
        }
        return params("n", name, "nf", VietnameseText.fold(name), "t", total, "s", start, "e", end,
                "notes", RecordSql.text("progressNotes", c.progressNotes(), "tình hình thực hiện", 4000, false),
                "u", c.unit() == null ? Unit.OFFICE : c.unit());
    }
}
