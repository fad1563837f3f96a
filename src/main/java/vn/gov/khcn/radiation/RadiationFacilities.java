package vn.gov.khcn.radiation;

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
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.RecordTable;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.VietnameseText;

/** The register of radiation facilities (cơ sở bức xạ), one per organisation, kept by Phòng QLCN&SHTT. */
@Service
public class RadiationFacilities extends RecordFacade<RadiationFacility> {
    public static final Unit OWNER = Unit.keeping("radiation", "an toàn bức xạ", Unit.TECHNOLOGY);
    static final RecordType<RadiationFacility> FACILITY = RecordType.of("radiation-facility", "cơ sở bức xạ", "radiation_facility",
            OWNER, RecordType.undated(), RadiationFacility::name);
    private static final String SAME = "mỗi tổ chức một cơ sở bức xạ";
    private final Organisations organisations;

    RadiationFacilities(JdbcClient jdbc, Organisations organisations, RecordWrites writes) {
        super(writes, FACILITY, new RecordTable<>(jdbc, RadiationFacility.class, "cơ sở bức xạ", "f.id",
                "f.id, f.organisation_id, o.name, f.address, f.district, f.unit, f.version",
                "radiation_facility f join organisation o on o.id = f.organisation_id"));
        this.organisations = organisations;
    }

    public Optional<RadiationFacility> find(long id) {
        return table.one("f.id = :id", RecordSql.params("id", id));
    }

    public PageResult<RadiationFacility> search(FacilityQuery q, int page, int size) {
        return table.page("(cast(:q as varchar) is null or o.name_folded like :q) and (cast(:d as varchar) is null or f.district = :d)",
                RecordSql.params("q", RecordSql.like(q.q()), "d", q.district()), "o.name_folded, f.id", page, size);
    }

    /** Every facility by name: what the other radiation registers' forms choose from. */
    public List<RadiationFacility> all() {
        return table.all("o.name_folded, f.id");
    }

    /** The facility of the organisation named exactly {@code name} (a facility's identity in spreadsheets). */
    public Optional<RadiationFacility> findByName(String name) {
        return table.one("o.name = :n", RecordSql.params("n", VietnameseText.clean(name)));
    }

    /** The facility named {@code name}, or a Vietnamese error for {@code field} saying it is not in the register yet. */
    public RadiationFacility requireByName(String name, String field) {
        return findByName(name).orElseThrow(() -> new DomainException(field, "Cơ sở bức xạ \"" + name
                + "\" chưa có trong sổ cơ sở bức xạ: thêm cơ sở (hoặc nhập tệp mẫu Cơ sở bức xạ) trước."));
    }

    /** The facility a record of another radiation register names by id: it must be chosen and exist. */
    public RadiationFacility require(String field, Long id) {
        Check.chosen(field, "cơ sở bức xạ", id);
        return find(id).orElseThrow(() -> new DomainException(field, "Không có cơ sở bức xạ mã " + id + "."));
    }

    @Transactional
    public RadiationFacility record(FacilityCommand c) {
        return insertRecord(OWNER, null, SAME, """
                insert into radiation_facility(organisation_id, address, district) values (:organisationId, :address, :district)""", () -> validate(c, null));
    }

    @Transactional
    public RadiationFacility correct(long id, FacilityCommand c) {
        return updateRecord(id, c.version(), null, """
                update radiation_facility set organisation_id = :organisationId, address = :address, district = :district
                where id = :id""", () -> validate(c, id));
    }

    /** A facility as the register stores it. */
    private record Valid(long organisationId, String address, String district) {
    }

    private Valid validate(FacilityCommand c, Long id) {
        Long orgId = Check.chosen("organisationId", "tổ chức của cơ sở bức xạ trong danh mục tổ chức", c.organisationId());
        Organisation o = organisations.find(orgId).orElseThrow(() ->
                new DomainException("organisationId", "Không có tổ chức mã " + orgId + " trong danh mục."));
        jdbc.sql("select id from radiation_facility where organisation_id = :o").param("o", o.id()).query(Long.class).stream()
                .filter(x -> id == null || x != id.longValue()).findFirst().ifPresent(x -> {
                    throw new DomainException("organisationId", o.name() + " đã có trong danh sách cơ sở bức xạ.");
                });
        String address = Check.optionalText("address", "địa chỉ", c.address(), 500);
        String given = c.district() == null || c.district().isBlank() ? o.district() : c.district();
        // placed from 1/7/2025 by its organisation's commune, a facility needs no former district
        String district = o.commune() != null ? Check.optionalText("district", "huyện/thành phố", given, 100)
                : Check.text("district", "huyện/thành phố (hoặc xã, phường, đặc khu của tổ chức trong danh mục tổ chức)", given, 100);
        return new Valid(o.id(), address, district);
    }
}
