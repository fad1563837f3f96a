package vn.gov.khcn.technology;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.records.RecordFacade;
import vn.gov.khcn.records.RecordType;
import vn.gov.khcn.records.RecordWrites;
import vn.gov.khcn.records.Register;
import vn.gov.khcn.shared.Check;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.RecordTable;
import vn.gov.khcn.shared.Rows;
import vn.gov.khcn.shared.VietnameseText;

/**
 * Initiative-recognition rounds (đợt: one per year and number) and the initiatives each recognises (one per title in
 * a round). An initiative is written with its round held, so a round and its initiatives change one writer at a time.
 */
@Service
public class InitiativeRounds extends RecordFacade<InitiativeRound> {
    static final RecordType<InitiativeRound> ROUND = RecordType.of("initiativeRound", "đợt công nhận sáng kiến", "initiative_round",
            Appraisals.OWNER, InitiativeRound::reportDates, InitiativeRound::label);
    static final RecordType<Initiative> INITIATIVE = RecordType.of("initiative", "sáng kiến", "initiative", Appraisals.OWNER,
            RecordType.undated(), Initiative::title);
    private static final String COLS = "id, round_year, round_no, submitted_on, submission_document_id, decided_on, decision_document_id, version";
    private static final String INITIATIVE_COLS = "id, round_id, title, authors, unit_name, version";
    private final Documents documents;
    private final Register<Initiative> initiatives;

    InitiativeRounds(JdbcClient jdbc, Documents documents, RecordWrites writes) {
        super(writes, ROUND, new RecordTable<>(jdbc, InitiativeRound.class, "đợt công nhận sáng kiến", "id", COLS, "initiative_round"));
        this.documents = documents;
        this.initiatives = writes.register(INITIATIVE, this::initiative);
    }

    /** The rounds the query selects, newest first. */
    public List<InitiativeRound> search(RoundQuery q) {
        return table.list("(cast(:y as integer) is null or round_year = :y)"
                + " order by round_year desc, round_no desc", RecordSql.params("y", q.year()));
    }

    /** The round numbered {@code roundNo} in {@code year}, if there is one. */
    public Optional<InitiativeRound> find(int year, int roundNo) {
        return table.one("round_year = :y and round_no = :r", RecordSql.params("y", year, "r", roundNo));
    }

    public Initiative initiative(long id) {
        return RecordSql.get(jdbc, Initiative.class, "select " + INITIATIVE_COLS + " from initiative where id = :id", id, "sáng kiến");
    }

    /** The initiatives a round recognises, in the order they were entered. */
    public List<Initiative> initiatives(long roundId) {
        return jdbc.sql("select " + INITIATIVE_COLS + " from initiative where round_id = :r order by id").param("r", roundId)
                .query(Rows.of(Initiative.class)).list();
    }

    /** The initiatives of the rounds the query selects, as the rounds list orders its rounds. */
    public List<Initiative> initiatives(RoundQuery q) {
        return jdbc.sql("""
                select i.id, i.round_id, i.title, i.authors, i.unit_name, i.version from initiative i
                join initiative_round r on r.id = i.round_id
                where cast(:y as integer) is null or r.round_year = :y order by r.round_year desc, r.round_no desc, i.id""")
                .param("y", q.year()).query(Rows.of(Initiative.class)).list();
    }

    /** The initiative of this title in the round: an initiative's identity. */
    public Optional<Initiative> findInitiative(long roundId, String title) {
        return jdbc.sql("select " + INITIATIVE_COLS + " from initiative where round_id = :r and title = :t").param("r", roundId)
                .param("t", VietnameseText.clean(title)).query(Rows.of(Initiative.class)).stream().findFirst();
    }

    @Transactional
    public InitiativeRound record(RoundCommand c) {
        return insertRecord(Appraisals.OWNER, c.reason(), "cùng năm và số đợt", """
                insert into initiative_round(round_year, round_no, submitted_on, submission_document_id, decided_on, decision_document_id)
                values (:year, :roundNo, :submittedOn, :submissionDocumentId, :decidedOn, :decisionDocumentId)""", () -> validate(c, null));
    }

    @Transactional
    public InitiativeRound correct(long id, RoundCommand c) {
        return updateRecord(id, c.version(), c.reason(), """
                update initiative_round set round_year = :year, round_no = :roundNo, submitted_on = :submittedOn,
                       submission_document_id = :submissionDocumentId, decided_on = :decidedOn, decision_document_id = :decisionDocumentId
                where id = :id""", () -> validate(c, id));
    }

    /** Adds an initiative the round recognises; the round is held while it is written. */
    @Transactional
    public Initiative recordInitiative(InitiativeCommand c) {
        initiatives.requireEdit(Appraisals.OWNER);
        hold(c.roundId());
        return initiatives.add(Appraisals.OWNER, null, "cùng đợt và tên sáng kiến", () -> table.insert("""
                insert into initiative(round_id, title, authors, unit_name) values (:roundId, :title, :authors, :unitName)""",
                validate(c, null)));
    }

    /** Corrects an initiative (or moves it to another round); both rounds are held while it is written. */
    @Transactional
    public Initiative correctInitiative(long id, InitiativeCommand c) {
        initiatives.requireEdit(Appraisals.OWNER);
        hold(initiative(id).roundId(), c.roundId());
        return initiatives.change(id, c.version(), null, before -> table.update("""
                update initiative set round_id = :roundId, title = :title, authors = :authors, unit_name = :unitName where id = :id""",
                id, validate(c, id)));
    }

    /** Holds the rounds (those that exist), lowest id first, so that two writers never wait on each other. */
    private void hold(Long... roundIds) {
        Arrays.stream(roundIds).filter(Objects::nonNull).distinct().sorted().filter(r -> find(r).isPresent()).forEach(register::hold);
    }

    private Optional<InitiativeRound> find(long id) {
        return table.one("id = :id", RecordSql.params("id", id));
    }

    /** A round as the register stores it. */
    private record ValidRound(int year, int roundNo, LocalDate submittedOn, Long submissionDocumentId, LocalDate decidedOn,
                              Long decisionDocumentId) {
    }

    private ValidRound validate(RoundCommand c, Long id) {
        int year = Check.year("year", "năm", c.year());
        int no = Check.nonNegative("roundNo", "số đợt", c.roundNo());
        InitiativeRound.checkNumber(no);
        find(year, no).filter(r -> id == null || r.id() != id).ifPresent(r -> {
            throw new DomainException("roundNo", "Đợt " + no + " năm " + year + " đã có.");
        });
        LocalDate submitted = Check.optionalDate("submittedOn", "ngày trình", c.submittedOn());
        LocalDate decided = Check.optionalDate("decidedOn", "ngày quyết định", c.decidedOn());
        InitiativeRound.checkDecision(submitted, decided, c.decisionDocumentId());
        return new ValidRound(year, no, submitted, CitedDocuments.check(documents, "submissionDocumentId", c.submissionDocumentId()),
                decided, CitedDocuments.check(documents, "decisionDocumentId", c.decisionDocumentId()));
    }

    /** An initiative as the register stores it. */
    private record ValidInitiative(long roundId, String title, String authors, String unitName) {
    }

    private ValidInitiative validate(InitiativeCommand c, Long id) {
        Long roundId = Check.chosen("roundId", "đợt công nhận", c.roundId());
        InitiativeRound round = find(roundId).orElseThrow(() -> new DomainException("roundId", "Không có đợt công nhận mã " + roundId + "."));
        String title = Check.text("title", "tên sáng kiến", c.title(), 1000);
        findInitiative(round.id(), title).filter(i -> id == null || i.id() != id).ifPresent(i -> {
            throw new DomainException("title", "Sáng kiến \"" + title + "\" đã có trong " + round.label() + ".");
        });
        return new ValidInitiative(round.id(), title, Check.text("authors", "tác giả", c.authors(), 1000),
                Check.optionalText("unitName", "đơn vị", c.unitName(), 500));
    }
}
