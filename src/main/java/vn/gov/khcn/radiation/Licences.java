package vn.gov.khcn.radiation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.records.RecordFacade;
import vn.gov.khcn.records.RecordType;
import vn.gov.khcn.records.RecordWrites;
import vn.gov.khcn.shared.Check;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.RecordTable;
import vn.gov.khcn.shared.VietnameseText;

/** The register of radiation-work licences issued to the facilities, one per licence number; and what expires soon. */
@Service
public class Licences extends RecordFacade<Licence> {
    static final RecordType<Licence> LICENCE = RecordType.of("radiation-licence", "giấy phép", "radiation_licence",
            RadiationFacilities.OWNER, RecordType.undated(), Licence::number);
    private final RadiationFacilities facilities;
    private final Clock clock;

    Licences(JdbcClient jdbc, RadiationFacilities facilities, Clock clock, RecordWrites writes) {
        super(writes, LICENCE, new RecordTable<>(jdbc, Licence.class, "giấy phép", "l.id", """
                l.id, l.facility_id, o.name as facility_name, l.number, l.issued_on, l.expires_on, l.scope, l.unit, l.version""", """
                radiation_licence l join radiation_facility f on f.id = l.facility_id join organisation o on o.id = f.organisation_id"""));
        this.facilities = facilities;
        this.clock = clock;
    }

    /** Licences by expiry, soonest first. */
    public PageResult<Licence> search(LicenceQuery q, int page, int size) {
        return table.page("(cast(:f as bigint) is null or l.facility_id = :f) and (cast(:q as varchar) is null or lower(l.number) like :q)",
                RecordSql.params("f", q.facilityId(), "q", RecordSql.like(q.q())), "l.expires_on, l.id", page, size);
    }

    /** The licence numbered {@code number}, unique in the register. */
    public Optional<Licence> findByNumber(String number) {
        return table.one("l.number = :n", RecordSql.params("n", VietnameseText.clean(number)));
    }

    /** The latest licence of each facility that has expired or expires within {@code days} days. */
    public List<Licence> expiring(int days) {
        return table.list("""
                l.expires_on <= :h and not exists (select 1 from radiation_licence n
                      where n.facility_id = l.facility_id and n.expires_on > l.expires_on)
                order by l.expires_on, l.id""", RecordSql.params("h", LocalDate.now(clock).plusDays(days)));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Enters a licence the department issued into the register. */
    @Transactional
    public Licence issue(LicenceCommand c) {
        return register.add(RadiationFacilities.OWNER, null, "cùng số giấy phép", "ISSUE", () -> table.insert("""
                insert into radiation_licence(facility_id, number, issued_on, expires_on, scope)
                values (:facilityId, :number, :issuedOn, :expiresOn, :scope)""", validate(c, null)));
    }

    @Transactional
    public Licence correct(long id, LicenceCommand c) {
        return register.change(id, c.version(), null, before -> table.update("""
                update radiation_licence set facility_id = :facilityId, number = :number, issued_on = :issuedOn,
                       expires_on = :expiresOn, scope = :scope where id = :id""", id, validate(c, id)));
    }

    /** A licence as the register stores it. */
    private record Valid(long facilityId, String number, LocalDate issuedOn, LocalDate expiresOn, String scope) {
    }

    private Valid validate(LicenceCommand c, Long id) {
        RadiationFacility f = facilities.require("facilityId", c.facilityId());
        String number = Check.text("number", "số giấy phép", c.number(), 60);
        LocalDate issued = Check.date("issuedOn", "ngày cấp", c.issuedOn());
        LocalDate expires = Check.date("expiresOn", "ngày hết hạn", c.expiresOn());
        Licence.checkTerm(issued, expires);
        findByNumber(number).filter(l -> id == null || l.id() != id).ifPresent(l -> {
            throw new DomainException("number", "Giấy phép số " + number + " đã có trong sổ (" + l.facilityName() + ").");
        });
        return new Valid(f.id(), number, issued, expires, Check.optionalText("scope", "phạm vi", c.scope(), 1000));
    }
}
