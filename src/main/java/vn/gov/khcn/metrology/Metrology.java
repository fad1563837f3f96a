package vn.gov.khcn.metrology;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.gov.khcn.shared.Unit;

/**
 * Measuring instruments due for re-verification, from the verification register ({@link Verifications}) kept by the
 * application centre (unit CENTRE). The due list reads the latest verification of each serial by index, when it passed
 * (an instrument whose latest verification failed is out of use until it passes again): {@code verification_due};
 * {@link LatestVerifications} keeps the flag it reads. Both the count and the page are range scans of that index.
 */
@Service
public class Metrology {
    /** The unit whose laboratory performs verifications and which owns the records. */
    public static final Unit OWNER = Unit.keeping("metrology", "kiểm định phương tiện đo", Unit.CENTRE);
    private final JdbcClient jdbc;
    private final Clock clock;

    Metrology(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Instruments due for re-verification: each serial whose latest verification passed and whose next
     * due date has passed or falls within {@code days} days of today. At most {@code limit}, soonest first.
     */
    public List<DueInstrument> due(int days, int limit) {
        return due(days, 0, limit);
    }

    /** The page of {@link #due(int, int)} that skips the first {@code offset} instruments (for a paged due list). */
    public List<DueInstrument> due(int days, int offset, int limit) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                select v.id, v.serial, t.name, o.name, v.verified_on, v.next_due_on
                from verification v join instrument_type t on t.code = v.type_code join organisation o on o.id = v.owner_id
                where v.result = 'PASS' and v.superseded = false and v.next_due_on <= :h
                order by v.next_due_on, v.id limit :lim offset :off""")
                .param("h", today.plusDays(days)).param("lim", limit).param("off", Math.max(offset, 0))
                .query((rs, i) -> new DueInstrument(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                        rs.getObject(6, LocalDate.class).isBefore(today)))
                .list();
    }

    /** How many instruments {@link #due} would list without a limit. */
    public long dueCount(int days) {
        return jdbc.sql("""
                select count(*) from verification v
                where v.result = 'PASS' and v.superseded = false and v.next_due_on <= :h""")
                .param("h", LocalDate.now(clock).plusDays(days)).query(Long.class).single();
    }
}
