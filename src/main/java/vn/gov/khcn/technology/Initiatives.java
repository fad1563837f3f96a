package vn.gov.khcn.technology;

import static vn.gov.khcn.shared.RecordSql.params;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.identity.AccessPolicy;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.records.PeriodLocks;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.NotFoundException;
import vn.gov.khcn.shared.RecordSql;

/** Initiative-recognition rounds (đợt) and the initiatives they recognise. */
@Service
public class Initiatives {
    private static final String COLS = "id, round_year, round_no, submitted_on, submission_document_id, decided_on, decision_document_id, version";
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final PeriodLocks locks;
    private final Documents documents;

    Initiatives(JdbcClient jdbc, AuditTrail audit, PeriodLocks locks, Documents documents) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.locks = locks;
        this.documents = documents;
    }

    public InitiativeRound round(long id) {
        return jdbc.sql("select " + COLS + " from initiative_round where id = :id").param("id", id).query(InitiativeRound.class)
                .optional().orElseThrow(() -> new NotFoundException("đợt công nhận sáng kiến", id));
    }

    /** Rounds of a year (all when null), newest first. */
    public List<InitiativeRound> rounds(Integer year) {
        return jdbc.sql("select " + COLS + " from initiative_round where (cast(:y as integer) is null or round_year = :y) order by round_year desc, round_no desc")
                .param("y", year).query(InitiativeRound.class).list();
    }

    /** The round numbered {@code roundNo} in {@code year}, if there is one. */
    public java.util.Optional<InitiativeRound> findRound(int year, int roundNo) {
        return jdbc.sql("select " + COLS + " from initiative_round where round_year = :y and round_no = :r")
                .param("y", year).param("r", roundNo).query(InitiativeRound.class).optional();
    }

    public List<Initiative> initiatives(long roundId) {
        return jdbc.sql("select id, round_id, title, authors, unit_name, version from initiative where round_id = :r order by id")
                .param("r", roundId).query(Initiative.class).list();
    }

    /** The initiatives of the rounds of a year (all when null), as the rounds list orders its rounds. */
    public List<Initiative> initiativesOf(Integer year) {
        return jdbc.sql("""
                select i.id, i.round_id, i.title, i.authors, i.unit_name, i.version from initiative i
                join initiative_round r on r.id = i.round_id
                where cast(:y as integer) is null or r.round_year = :y order by r.round_year desc, r.round_no desc, i.id""")
                .param("y", year).query(Initiative.class).list();
    }

    /** Whether the round already recognises an initiative of this title. */
    public boolean initiativeExists(long roundId, String title) {
        return jdbc.sql("select count(*) from initiative where round_id = :r and title = :t").param("r", roundId)
                .param("t", vn.gov.khcn.shared.VietnameseText.clean(title)).query(Long.class).single() > 0;
    }

    public Initiative initiative(long id) {
        return jdbc.sql("select id, round_id, title, authors, unit_name, version from initiative where id = :id").param("id", id)
                .query(Initiative.class).optional().orElseThrow(() -> new NotFoundException("sáng kiến", id));
    }

    @Transactional
    public InitiativeRound createRound(RoundCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), Technology.OWNER);
        var p = roundParams(c, null);
        long id = RecordSql.insert(jdbc, """
                insert into initiative_round(round_year, round_no, submitted_on, submission_document_id, decided_on, decision_document_id)
                values (:y, :r, :s, :sd, :d, :dd)""", p);
        InitiativeRound saved = round(id);
        audit.record("initiativeRound", id, "CREATE", null, saved);
        return saved;
    }

    @Transactional
    public InitiativeRound updateRound(long id, RoundCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), Technology.OWNER);
        InitiativeRound before = round(id);
        var p = roundParams(c, id);
        List<LocalDate> dates = new ArrayList<>();
        for (Object d : new Object[]{before.submittedOn(), before.decidedOn(), p.get("s"), p.get("d")}) {
            if (d != null) {
                dates.add((LocalDate) d);
            }
        }
        locks.checkChange("initiativeRound", id, dates, null);
        p.put("id", id);
        p.put("v", c.version() == null ? before.version() : c.version());
        RecordSql.updateVersioned(jdbc, """
                update initiative_round set round_year = :y, round_no = :r, submitted_on = :s, submission_document_id = :sd,
                       decided_on = :d, decision_document_id = :dd, version = version + 1 where id = :id and version = :v""", p,
                "Đợt " + before.label(), before);
        InitiativeRound after = round(id);
        audit.record("initiativeRound", id, "UPDATE", before, after);
        return after;
    }

    private Map<String, Object> roundParams(RoundCommand c, Long id) {
        Integer year = RecordSql.required("year", c.year(), "Cần nhập năm.");
        if (year < 1990 || year > 2100) {
            throw new DomainException("year", "Năm " + year + " không hợp lệ.");
        }
        Integer no = RecordSql.required("roundNo", c.roundNo(), "Cần nhập số đợt.");
        if (no < 1 || no > 20) {
            throw new DomainException("roundNo", "Số đợt phải từ 1 đến 20.");
        }
        boolean taken = jdbc.sql("select count(*) from initiative_round where round_year = :y and round_no = :r and (cast(:id as bigint) is null or id <> :id)")
                .param("y", year).param("r", no).param("id", id).query(Long.class).single() > 0;
        if (taken) {
            throw new DomainException("roundNo", "Đợt " + no + " năm " + year + " đã có.");
        }
        LocalDate s = RecordSql.date("submittedOn", c.submittedOn(), "ngày trình", false);
        LocalDate d = RecordSql.date("decidedOn", c.decidedOn(), "ngày quyết định", false);
        if (d != null && (s == null || d.isBefore(s))) {
            throw new DomainException("decidedOn", "Ngày quyết định công nhận phải sau ngày trình.");
        }
        if (c.decisionDocumentId() != null && d == null) {
            throw new DomainException("decidedOn", "Có quyết định thì cần nhập ngày quyết định.");
        }
        return params("y", year, "r", no, "s", s, "sd", document("submissionDocumentId", c.submissionDocumentId()),
                "d", d, "dd", document("decisionDocumentId", c.decisionDocumentId()));
    }

    @Transactional
    public Initiative addInitiative(InitiativeCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), Technology.OWNER);
        long id = RecordSql.insert(jdbc, "insert into initiative(round_id, title, authors, unit_name) values (:r, :t, :a, :u)", initiativeParams(c));
        Initiative saved = initiative(id);
        audit.record("initiative", id, "CREATE", null, saved);
        return saved;
    }

    @Transactional
    public Initiative updateInitiative(long id, InitiativeCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), Technology.OWNER);
        Initiative before = initiative(id);
        var p = initiativeParams(c);
        p.put("id", id);
        p.put("v", c.version() == null ? before.version() : c.version());
        RecordSql.updateVersioned(jdbc, "update initiative set round_id = :r, title = :t, authors = :a, unit_name = :u, version = version + 1 where id = :id and version = :v",
                p, "Sáng kiến \"" + before.title() + "\"", before);
        Initiative after = initiative(id);
        audit.record("initiative", id, "UPDATE", before, after);
        return after;
    }

    private Map<String, Object> initiativeParams(InitiativeCommand c) {
        Long round = RecordSql.required("roundId", c.roundId(), "Cần chọn đợt công nhận.");
        round(round);
        return params("r", round, "t", RecordSql.text("title", c.title(), "tên sáng kiến", 1000, true),
                "a", RecordSql.text("authors", c.authors(), "tác giả", 1000, true),
                "u", RecordSql.text("unitName", c.unitName(), "đơn vị", 500, false));
    }

    private Long document(String field, Long id) {
        if (id != null && documents.find(id).isEmpty()) {
            throw new DomainException(field, "Không có văn bản mã " + id + " trong sổ văn bản.");
        }
        return id;
    }

    /** Whether the round has a submission or a decision dated in [start, end]. */
    public static boolean activeIn(InitiativeRound r, LocalDate start, LocalDate end) {
        return Objects.nonNull(r.submittedOn()) && !r.submittedOn().isBefore(start) && !r.submittedOn().isAfter(end)
                || Objects.nonNull(r.decidedOn()) && !r.decidedOn().isBefore(start) && !r.decidedOn().isAfter(end);
    }
}
