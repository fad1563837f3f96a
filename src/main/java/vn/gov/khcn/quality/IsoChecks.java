package vn.gov.khcn.quality;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.identity.AccessPolicy;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.organisations.Organisation;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.records.PeriodLocks;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.NotFoundException;

/** ISO 9001:2015 checks of state agencies, against the year's plan (the agencies planned for year Y). */
@Service
public class IsoChecks {
    private static final String PLAN = """
            select p.id, p.plan_year, p.agency_id, o.name as agency_name, p.unit, p.version
            from iso_plan p join organisation o on o.id = p.agency_id""";
    private static final String CHECK = """
            select c.id, c.agency_id, o.name as agency_name, c.planned_year, c.checked_on, c.result, c.notes, c.unit, c.version
            from iso_check c join organisation o on o.id = c.agency_id""";
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Organisations organisations;
    private final PeriodLocks locks;

    IsoChecks(JdbcClient jdbc, AuditTrail audit, Organisations organisations, PeriodLocks locks) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.organisations = organisations;
        this.locks = locks;
    }

    public List<IsoPlanEntry> plan(int year) {
        return jdbc.sql(PLAN + " where p.plan_year = :y order by o.name_folded").param("y", year).query(IsoPlanEntry.class).list();
    }

    /** Agencies planned for the year with no check of that plan year yet. */
    public List<IsoPlanEntry> plannedNotChecked(int year) {
        return jdbc.sql(PLAN + " where p.plan_year = :y and not exists (select 1 from iso_check c"
                        + " where c.agency_id = p.agency_id and c.planned_year = p.plan_year) order by o.name_folded")
                .param("y", year).query(IsoPlanEntry.class).list();
    }

    @Transactional
    public IsoPlanEntry addToPlan(int year, Long agencyId) {
        AccessPolicy.requireEdit(CurrentUser.get(), Quality.OWNER);
        Inputs.year("planYear", year);
        Organisation a = Inputs.org(organisations, "agencyId", "cơ quan nhà nước", agencyId);
        if (jdbc.sql("select count(*) from iso_plan where plan_year = :y and agency_id = :a").param("y", year).param("a", a.id())
                .query(Long.class).single() > 0) {
            throw new DomainException("agencyId", a.name() + " đã có trong kế hoạch kiểm tra năm " + year + ".");
        }
        long id = Inputs.insert(jdbc.sql("insert into iso_plan(plan_year, agency_id, unit) values (:y, :a, :u)")
                .param("y", year).param("a", a.id()).param("u", Quality.OWNER.name()));
        IsoPlanEntry saved = jdbc.sql(PLAN + " where p.id = :id").param("id", id).query(IsoPlanEntry.class).single();
        audit.record("iso-plan", id, "CREATE", null, saved);
        return saved;
    }

    public List<IsoCheck> checks(Integer year) {
        return jdbc.sql(CHECK + " where (cast(:y as integer) is null or c.planned_year = :y) order by c.checked_on desc, c.id desc")
                .param("y", year).query(IsoCheck.class).list();
    }

    /** The check of the agency (organisation name) on the day: a check's identity. */
    public java.util.Optional<IsoCheck> find(String agencyName, LocalDate checkedOn) {
        return jdbc.sql(CHECK + " where o.name = :n and c.checked_on = :on").param("n", vn.gov.khcn.shared.VietnameseText.clean(agencyName))
                .param("on", checkedOn).query(IsoCheck.class).optional();
    }

    public IsoCheck check(long id) {
        return jdbc.sql(CHECK + " where c.id = :id").param("id", id).query(IsoCheck.class).optional()
                .orElseThrow(() -> new NotFoundException("lần kiểm tra ISO", id));
    }

    @Transactional
    public IsoCheck record(IsoCheckCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), Quality.OWNER);
        IsoCheck v = validate(c, null);
        long id = Inputs.insert(jdbc.sql("""
                insert into iso_check(agency_id, planned_year, checked_on, result, notes, unit)
                values (:a, :y, :on, :r, :n, :u)""")
                .param("a", v.agencyId()).param("y", v.plannedYear()).param("on", v.checkedOn()).param("r", v.result().name())
                .param("n", v.notes()).param("u", Quality.OWNER.name()));
        IsoCheck saved = check(id);
        audit.record("iso-check", id, "CREATE", null, saved);
        return saved;
    }

    @Transactional
    public IsoCheck correct(long id, IsoCheckCommand c) {
        IsoCheck before = check(id);
        AccessPolicy.requireEdit(CurrentUser.get(), before.unit());
        IsoCheck v = validate(c, id);
        locks.checkChange("iso-check", id, List.of(before.checkedOn(), v.checkedOn()), c.reason());
        Inputs.updated(jdbc.sql("""
                update iso_check set agency_id = :a, planned_year = :y, checked_on = :on, result = :r, notes = :n,
                       version = version + 1 where id = :id and version = :ver""")
                .param("a", v.agencyId()).param("y", v.plannedYear()).param("on", v.checkedOn()).param("r", v.result().name())
                .param("n", v.notes()).param("id", id).param("ver", c.version() == null ? before.version() : c.version())
                .update(), "Lần kiểm tra ISO tại " + before.agencyName(), before);
        IsoCheck after = check(id);
        audit.record("iso-check", id, "UPDATE", before, after, c.reason());
        return after;
    }

    private IsoCheck validate(IsoCheckCommand c, Long selfId) {
        Organisation a = Inputs.org(organisations, "agencyId", "cơ quan nhà nước được kiểm tra", c.agencyId());
        LocalDate on = Inputs.date("checkedOn", "ngày kiểm tra", c.checkedOn());
        int year = c.plannedYear() == null ? on.getYear() : Inputs.year("plannedYear", c.plannedYear());
        if (c.result() == null) {
            throw new DomainException("result", "Cần chọn kết quả kiểm tra.");
        }
        String notes = Inputs.text("notes", "ghi chú", c.notes(), 4000, false);
        if (jdbc.sql("select count(*) from iso_check where agency_id = :a and checked_on = :on and (cast(:id as bigint) is null or id <> :id)")
                .param("a", a.id()).param("on", on).param("id", selfId).query(Long.class).single() > 0) {
            throw new DomainException("checkedOn", "Lần kiểm tra " + a.name() + " ngày " + Formats.date(on) + " đã có trong sổ.");
        }
        return new IsoCheck(0, a.id(), a.name(), year, on, c.result(), notes, Quality.OWNER, 0);
    }
}
