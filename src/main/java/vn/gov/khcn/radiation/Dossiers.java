package vn.gov.khcn.radiation;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.records.RecordFacade;
import vn.gov.khcn.records.RecordType;
import vn.gov.khcn.records.RecordWrites;
import vn.gov.khcn.shared.Check;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.RecordTable;
import vn.gov.khcn.shared.VietnameseText;

/**
 * The register of radiation-safety dossiers: a dossier is received, then resolved with an outcome (reports count the
 * dossiers resolved in their period); one per facility, day received and subject.
 */
@Service
public class Dossiers extends RecordFacade<Dossier> {
    static final RecordType<Dossier> DOSSIER = RecordType.of("radiation-dossier", "hồ sơ an toàn bức xạ", "radiation_dossier",
            RadiationFacilities.OWNER, Dossier::reportDates, Dossier::subject);
    private static final String SAME = "cùng cơ sở, ngày nhận và nội dung hồ sơ";
    private final RadiationFacilities facilities;

    Dossiers(JdbcClient jdbc, RadiationFacilities facilities, RecordWrites writes) {
        super(writes, DOSSIER, new RecordTable<>(jdbc, Dossier.class, "hồ sơ an toàn bức xạ", "d.id", """
                d.id, d.facility_id, o.name as facility_name, d.subject, d.received_on, d.resolved_on, d.outcome, d.days_taken, d.unit,
                d.version""", """
                radiation_dossier d join radiation_facility f on f.id = d.facility_id join organisation o on o.id = f.organisation_id"""));
        this.facilities = facilities;
    }

    /** Dossiers newest received first. */
    public PageResult<Dossier> search(DossierQuery q, int page, int size) {
        return table.page(
                "(cast(:y as integer) is null or extract(year from d.received_on) = :y) and (cast(:f as bigint) is null or d.facility_id = :f)",
                RecordSql.params("y", q.year(), "f", q.facilityId()), "d.received_on desc, d.id desc", page, size);
    }

    /** The dossier of the facility (organisation name) received on the day with that subject: a dossier's identity. */
    public Optional<Dossier> find(String facilityName, LocalDate receivedOn, String subject) {
        return table.one("o.name = :n and d.received_on = :r and d.subject = :s",
                RecordSql.params("n", VietnameseText.clean(facilityName), "r", receivedOn, "s", VietnameseText.clean(subject)));
    }

    /** Records a dossier received (and, when the resolution is given, resolved); days taken are computed. */
    @Transactional
    public Dossier receive(DossierCommand c) {
        return insertRecord(RadiationFacilities.OWNER, c.reason(), SAME, "RECEIVE", """
                insert into radiation_dossier(facility_id, subject, received_on, resolved_on, outcome, days_taken)
                values (:facilityId, :subject, :receivedOn, :resolvedOn, :outcome, :daysTaken)""", () -> validate(c, null));
    }

    /** Records how a dossier being resolved was resolved; a dossier resolved already is corrected instead. */
    @Transactional
    public Dossier resolve(long id, DossierResolution r) {
        return register.change(id, r.version(), r.reason(), "RESOLVE", before -> {
            if (before.resolved()) {
                throw new DomainException("resolvedOn", "Hồ sơ đã giải quyết ngày " + Formats.date(before.resolvedOn())
                        + ": cần đính chính thì sửa hồ sơ.");
            }
            LocalDate on = Check.date("resolvedOn", "ngày giải quyết", r.resolvedOn());
            Dossier.checkResolution(before.receivedOn(), on, Check.chosen("outcome", "kết quả giải quyết", r.outcome()));
            jdbc.sql("update radiation_dossier set resolved_on = :on, outcome = :o, days_taken = :d where id = :id")
                    .param("on", on).param("o", r.outcome().name()).param("d", Dossier.daysTaken(before.receivedOn(), on))
                    .param("id", id).update();
        });
    }

    /** Corrects a dossier (its receipt, or its resolution). */
    @Transactional
    public Dossier correct(long id, DossierCommand c) {
        return updateRecord(id, c.version(), c.reason(), """
                update radiation_dossier set facility_id = :facilityId, subject = :subject, received_on = :receivedOn,
                       resolved_on = :resolvedOn, outcome = :outcome, days_taken = :daysTaken where id = :id""", () -> validate(c, id));
    }

    /** A dossier as the register stores it, with its days taken. */
    private record Valid(long facilityId, String subject, LocalDate receivedOn, LocalDate resolvedOn, DossierOutcome outcome,
                         Integer daysTaken) {
    }

    private Valid validate(DossierCommand c, Long id) {
        RadiationFacility f = facilities.require("facilityId", c.facilityId());
        String subject = Check.text("subject", "nội dung hồ sơ", c.subject(), 500);
        LocalDate received = Check.date("receivedOn", "ngày nhận hồ sơ", c.receivedOn());
        LocalDate resolved = Check.optionalDate("resolvedOn", "ngày giải quyết", c.resolvedOn());
        Dossier.checkResolution(received, resolved, c.outcome());
        jdbc.sql("select id from radiation_dossier where facility_id = :f and received_on = :r and subject = :s")
                .param("f", f.id()).param("r", received).param("s", subject).query(Long.class).stream()
                .filter(x -> id == null || x != id.longValue()).findFirst().ifPresent(x -> {
                    throw new DomainException("subject", "Hồ sơ \"" + subject + "\" của " + f.name() + " nhận ngày " + Formats.date(received)
                            + " đã có trong sổ.");
                });
        return new Valid(f.id(), subject, received, resolved, c.outcome(), Dossier.daysTaken(received, resolved));
    }
}
