package vn.gov.khcn.quality;

import java.time.Clock;
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
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.RecordTable;
import vn.gov.khcn.shared.VietnameseText;

/**
 * The yearly plan of ISO 9001:2015 checks of state agencies: each agency once in a year's plan. Entries are not dated
 * (a report counts the plan of its year), so an issued report's period does not hold them.
 */
@Service
public class IsoPlan extends RecordFacade<IsoPlanEntry> {
    static final RecordType<IsoPlanEntry> ENTRY = RecordType.of("iso-plan", "cơ quan trong kế hoạch kiểm tra ISO", "iso_plan",
            Quality.OWNER, RecordType.undated(), IsoPlanEntry::label);
    private static final String COLS = "p.id, p.plan_year, p.agency_id, o.name as agency_name, p.unit, p.version";
    private static final String FROM = "iso_plan p join organisation o on o.id = p.agency_id";
    /** The entries with their agencies' names, for a query of the plan ({@code … where p.plan_year = :y}). */
    static final String SELECT = "select " + COLS + " from " + FROM;
    private final Organisations organisations;
    private final Clock clock;

    IsoPlan(JdbcClient jdbc, Organisations organisations, Clock clock, RecordWrites writes) {
        super(writes, ENTRY, new RecordTable<>(jdbc, IsoPlanEntry.class, "cơ quan trong kế hoạch kiểm tra ISO", "p.id", COLS, FROM));
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The agencies planned for the year the ISO page shows, by name. */
    public List<IsoPlanEntry> search(IsoQuery q) {
        return of(q.planYear(clock));
    }

    /** The agencies planned for {@code year}, by name. */
    public List<IsoPlanEntry> of(int year) {
        return table.list("p.plan_year = :y order by o.name_folded", RecordSql.params("y", year));
    }

    /** The agency (organisation name) in the plan of the year: an entry's identity. */
    public Optional<IsoPlanEntry> find(int year, String agencyName) {
        return table.one("p.plan_year = :y and o.name = :n", RecordSql.params("y", year, "n", VietnameseText.clean(agencyName)));
    }

    @Transactional
    public IsoPlanEntry record(IsoPlanCommand c) {
        return register.add(Quality.OWNER, null, "cùng năm và cơ quan", () -> table.insert(
                "insert into iso_plan(plan_year, agency_id) values (:planYear, :agencyId)", validate(c)));
    }

    /** An entry as the register stores it. */
    private record Valid(int planYear, long agencyId) {
    }

    private Valid validate(IsoPlanCommand c) {
        int year = Check.year("year", "năm kế hoạch", c.year());
        Organisation a = Quality.organisation(organisations, "agencyId", "cơ quan nhà nước", c.agencyId());
        if (jdbc.sql("select count(*) from iso_plan where plan_year = :y and agency_id = :a").param("y", year).param("a", a.id())
                .query(Long.class).single() > 0) {
            throw new DomainException("agencyId", a.name() + " đã có trong kế hoạch kiểm tra năm " + year + ".");
        }
        return new Valid(year, a.id());
    }
}
