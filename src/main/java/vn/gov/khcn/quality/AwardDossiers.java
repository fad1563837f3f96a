package vn.gov.khcn.quality;

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
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.RecordTable;
import vn.gov.khcn.shared.VietnameseText;

/** The TĐC register of national quality award dossiers forwarded: one dossier of an enterprise an award year. */
@Service
public class AwardDossiers extends RecordFacade<AwardDossier> {
    static final RecordType<AwardDossier> DOSSIER = RecordType.of("award-dossier", "hồ sơ Giải thưởng chất lượng quốc gia",
            "award_dossier", Quality.OWNER, AwardDossier::reportDates, AwardDossier::label);
    private static final String SAME = "cùng doanh nghiệp và năm giải thưởng";
    private final Organisations organisations;

    AwardDossiers(JdbcClient jdbc, Organisations organisations, RecordWrites writes) {
        super(writes, DOSSIER, new RecordTable<>(jdbc, AwardDossier.class, "hồ sơ Giải thưởng chất lượng quốc gia", "a.id",
                "a.id, a.enterprise_id, o.name as enterprise_name, a.award_year, a.forwarded_on, a.notes, a.unit, a.version",
                "award_dossier a join organisation o on o.id = a.enterprise_id"));
        this.organisations = organisations;
    }

    public List<AwardDossier> search(AwardDossierQuery q) {
        return table.list("(cast(:y as integer) is null or a.award_year = :y) order by a.forwarded_on desc, a.id desc",
                RecordSql.params("y", q.year()));
    }

    /** The dossier of the enterprise (organisation name) for the award year: a dossier's identity. */
    public Optional<AwardDossier> find(String enterpriseName, int awardYear) {
        return table.one("o.name = :n and a.award_year = :y", RecordSql.params("n", VietnameseText.clean(enterpriseName), "y", awardYear));
    }

    @Transactional
    public AwardDossier record(AwardDossierCommand c) {
        return insertRecord(Quality.OWNER, c.reason(), SAME, """
                insert into award_dossier(enterprise_id, award_year, forwarded_on, notes)
                values (:enterpriseId, :awardYear, :forwardedOn, :notes)""", () -> validate(c, null));
    }

    @Transactional
    public AwardDossier correct(long id, AwardDossierCommand c) {
        return updateRecord(id, c.version(), c.reason(), """
                update award_dossier set enterprise_id = :enterpriseId, award_year = :awardYear, forwarded_on = :forwardedOn,
                       notes = :notes where id = :id""", () -> validate(c, id));
    }

    /** A dossier as the register stores it: checked and cleaned, its award year filled in. */
    private record Valid(long enterpriseId, int awardYear, LocalDate forwardedOn, String notes) {
    }

    private Valid validate(AwardDossierCommand c, Long id) {
        Organisation e = Quality.organisation(organisations, "enterpriseId", "doanh nghiệp", c.enterpriseId());
        LocalDate on = Check.date("forwardedOn", "ngày gửi hồ sơ", c.forwardedOn());
        int year = c.awardYear() == null ? on.getYear() : Check.year("awardYear", "năm giải thưởng", c.awardYear());
        String notes = Check.optionalText("notes", "ghi chú", c.notes(), 4000);
        if (anotherHas("award_dossier", "enterprise_id = :e and award_year = :y", id, "e", e.id(), "y", year)) {
            throw new DomainException("enterpriseId", "Hồ sơ giải thưởng năm " + year + " của " + e.name() + " đã có trong sổ.");
        }
        return new Valid(e.id(), year, on, notes);
    }
}
