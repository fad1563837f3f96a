package vn.gov.khcn.quality;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.organisations.Organisation;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.records.RecordFacade;
import vn.gov.khcn.records.RecordType;
import vn.gov.khcn.records.RecordWrites;
import vn.gov.khcn.shared.Check;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.RecordTable;
import vn.gov.khcn.shared.Rows;
import vn.gov.khcn.shared.VietnameseText;

/** ISO 9001:2015 checks of state agencies, against the year's plan ({@link IsoPlan}): one check of an agency a day. */
@Service
public class IsoChecks extends RecordFacade<IsoCheck> {
    static final RecordType<IsoCheck> CHECK = RecordType.of("iso-check", "lần kiểm tra ISO", "iso_check", Quality.OWNER,
            IsoCheck::reportDates, IsoCheck::label);
    private final Organisations organisations;
    private final Clock clock;

    IsoChecks(JdbcClient jdbc, Organisations organisations, Clock clock, RecordWrites writes) {
        super(writes, CHECK, new RecordTable<>(jdbc, IsoCheck.class, "lần kiểm tra ISO", "c.id",
                "c.id, c.agency_id, o.name as agency_name, c.planned_year, c.checked_on, c.result, c.notes, c.unit, c.version",
                "iso_check c join organisation o on o.id = c.agency_id"));
        this.organisations = organisations;
        this.clock = clock;
    }

    /** Agencies planned for the year with no check of that plan year yet. */
    public List<IsoPlanEntry> plannedNotChecked(int year) {
        return jdbc.sql(IsoPlan.SELECT + " where p.plan_year = :y and not exists (select 1 from iso_check c"
                        + " where c.agency_id = p.agency_id and c.planned_year = p.plan_year) order by o.name_folded")
                .param("y", year).query(Rows.of(IsoPlanEntry.class)).list();
    }

    /** The checks of the plan year the ISO page shows, latest first. */
    public List<IsoCheck> search(IsoQuery q) {
        return table.list("c.planned_year = :y order by c.checked_on desc, c.id desc", RecordSql.params("y", q.planYear(clock)));
    }

    /** The check of the agency (organisation name) on the day: a check's identity. */
    public Optional<IsoCheck> find(String agencyName, LocalDate checkedOn) {
        return table.one("o.name = :n and c.checked_on = :on", RecordSql.params("n", VietnameseText.clean(agencyName), "on", checkedOn));
    }

    @Transactional
    public IsoCheck record(IsoCheckCommand c) {
        return insertRecord(Quality.OWNER, c.reason(), "cùng cơ quan và ngày kiểm tra", """
                insert into iso_check(agency_id, planned_year, checked_on, result, notes)
                values (:agencyId, :plannedYear, :checkedOn, :result, :notes)""", () -> validate(c, null));
    }

    @Transactional
    public IsoCheck correct(long id, IsoCheckCommand c) {
        return updateRecord(id, c.version(), c.reason(), """
                update iso_check set agency_id = :agencyId, planned_year = :plannedYear, checked_on = :checkedOn, result = :result,
                       notes = :notes where id = :id""", () -> validate(c, id));
    }

    /** A check as the register stores it: checked and cleaned, its plan year filled in. */
    private record Valid(long agencyId, int plannedYear, LocalDate checkedOn, IsoResult result, String notes) {
    }

    private Valid validate(IsoCheckCommand c, Long id) {
        Organisation a = Quality.organisation(organisations, "agencyId", "cơ quan nhà nước được kiểm tra", c.agencyId());
        LocalDate on = Check.date("checkedOn", "ngày kiểm tra", c.checkedOn());
        int year = c.plannedYear() == null ? on.getYear() : Check.year("plannedYear", "năm kế hoạch", c.plannedYear());
        IsoResult result = Check.chosen("result", "kết quả kiểm tra", c.result());
        String notes = Check.optionalText("notes", "ghi chú", c.notes(), 4000);
        if (anotherHas("iso_check", "agency_id = :a and checked_on = :on", id, "a", a.id(), "on", on)) {
            throw new DomainException("checkedOn", "Lần kiểm tra " + a.name() + " ngày " + Formats.date(on) + " đã có trong sổ.");
        }
        return new Valid(a.id(), year, on, result, notes);
    }
}
