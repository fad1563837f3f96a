package vn.gov.khcn.organisations;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.geography.Commune;
import vn.gov.khcn.geography.FormerDistrict;
import vn.gov.khcn.geography.Geography;
import vn.gov.khcn.identity.AccessPolicy;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.records.RecordFacade;
import vn.gov.khcn.records.RecordType;
import vn.gov.khcn.records.RecordWrites;
import vn.gov.khcn.shared.Check;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.RecordTable;
import vn.gov.khcn.shared.TextSearch;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.VietnameseText;

/**
 * The organisation register, shared by every unit (hosts of tasks, owners of instruments, inspected facilities,
 * recipients of results): any member of staff adds and corrects organisations; one organisation per name.
 */
@Service
public class Organisations extends RecordFacade<Organisation> {
    /** Shared: the owner of a record is the unit of whoever writes it (who may write is checked first). */
    static final RecordType<Organisation> ORGANISATION = new RecordType<>("organisation", "tổ chức", "organisation",
            o -> writer(), RecordType.undated(), Organisation::name);
    /** How many organisations a picker lists before the user types; typing searches the whole register. */
    public static final int PICKER_SIZE = 200;
    private static final String SAME = "cùng tên tổ chức";
    private final Geography geography;

    Organisations(JdbcClient jdbc, RecordWrites writes, Geography geography) {
        super(writes, ORGANISATION, new RecordTable<>(jdbc, Organisation.class, "tổ chức", "o.id",
                "o.id, o.name, o.kind, fd.name as district, fd.code as district_code, c.name as commune,"
                        + " c.code as commune_code, o.former_commune, o.tax_code, o.version",
                "organisation o left join former_district fd on fd.id = o.former_district_id left join commune c on c.id = o.commune_id"));
        this.geography = geography;
    }

    /** The unit a shared-register write is made for: refuses users who may not write shared records at all. */
    private static Unit writer() {
        CurrentUser u = CurrentUser.get();
        AccessPolicy.requireEditShared(u);
        return u.unit() == null ? Unit.OFFICE : u.unit();
    }

    public Optional<Organisation> find(long id) {
        return table.one("o.id = :id", RecordSql.params("id", id));
    }

    public Optional<Organisation> findByName(String name) {
        return table.one("o.name = :n", RecordSql.params("n", VietnameseText.clean(name)));
    }

    /**
     * The organisation named exactly {@code name} (an import's or a history's reference to one); none is a Vietnamese
     * error for {@code field}: "{@code role} "name" chưa có trong danh mục tổ chức…".
     */
    public Organisation requireByName(String name, String field, String role) {
        return findByName(name).orElseThrow(() -> new DomainException(field, role + " \"" + name
                + "\" chưa có trong danh mục tổ chức: thêm vào danh mục (hoặc nhập tệp mẫu Tổ chức) trước."));
    }

    public Map<Long, Organisation> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return table.list("o.id in (:ids)", RecordSql.params("ids", ids)).stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
    }

    /**
     * The choices of an organisation picker (id → name, by name): the first {@link #PICKER_SIZE} of {@code kind}
     * (null: any), and always the one already chosen, so a form never silently drops a choice beyond the first page.
     */
    public LinkedHashMap<Long, String> choices(OrganisationKind kind, Long selected) {
        LinkedHashMap<Long, String> out = new LinkedHashMap<>();
        if (selected != null) {
            find(selected).ifPresent(o -> out.put(o.id(), o.name()));
        }
        for (Organisation o : search(new OrganisationQuery(null, kind, null), 0, PICKER_SIZE).items()) {
            out.put(o.id(), o.name());
        }
        return out;
    }

    /**
     * The list's page: by the words of the name (diacritics, case and word order ignored), kind, former district and
     * commune (each by code or name; one the geography lacks selects nothing).
     */
    public PageResult<Organisation> search(OrganisationQuery q, int page, int size) {
        Long district = q.district() == null ? null : geography.findDistrict(q.district()).map(FormerDistrict::id).orElse(-1L);
        Long commune = q.commune() == null ? null : geography.findCommune(q.commune()).map(Commune::id).orElse(-1L);
        Map<String, Object> params = RecordSql.params("k", q.kind(), "d", district, "c", commune);
        return table.page(TextSearch.condition(q.q(), "w", params, "o.name_folded") + " and (cast(:k as varchar) is null or o.kind = :k)"
                        + " and (cast(:d as bigint) is null or o.former_district_id = :d)"
                        + " and (cast(:c as bigint) is null or o.commune_id = :c)",
                params, "o.name_folded, o.id", page, size);
    }

    /** The former districts organisations name, by name (a list filter's choices). */
    public List<String> districts() {
        return jdbc.sql("select distinct fd.name from organisation o join former_district fd on fd.id = o.former_district_id order by fd.name")
                .query(String.class).list();
    }

    @Transactional
    public Organisation record(OrganisationCommand c) {
        return register.add(writer(), null, SAME, () -> table.insert("""
                insert into organisation(name, name_folded, kind, former_district_id, commune_id, former_commune, tax_code)
                values (:name, :nameFolded, :kind, :districtId, :communeId, :formerCommune, :taxCode)""", validate(c, (Organisation) null)));
    }

    /**
     * The organisation of that name, recorded with the kind and former district (name or code) given when it is new
     * (demo data and imports name organisations this way). Clerks recording the same new name at once get the one organisation.
     */
    @Transactional
    public Organisation findOrCreate(String name, OrganisationKind kind, String district) {
        Optional<Organisation> found = findByName(name);
        if (found.isPresent()) {
            return found.get();
        }
        try {
            return record(OrganisationCommand.of(name, kind, district, null, null));
        } catch (DomainException e) {
            // recorded meanwhile by another writer (the register's turn made this one wait and then see it)
            return findByName(name).orElseThrow(() -> e);
        }
    }

    @Transactional
    public Organisation correct(long id, OrganisationCommand c) {
        return register.change(id, c.version(), null, before -> table.update("""
                update organisation set name = :name, name_folded = :nameFolded, kind = :kind, former_district_id = :districtId,
                       commune_id = :communeId, former_commune = :formerCommune, tax_code = :taxCode where id = :id""", id,
                validate(c, before)));
    }

    /** An organisation as the register stores it: checked and cleaned, with its folded name for search. */
    private record Valid(String name, String nameFolded, OrganisationKind kind, Long districtId, Long communeId, String formerCommune,
                         String taxCode) {
    }

    private Valid validate(OrganisationCommand c, Organisation before) {
        Long id = before == null ? null : before.id();
        String name = Check.text("name", "tên tổ chức", c.name(), 500);
        OrganisationKind kind = Check.chosen("kind", "loại tổ chức", c.kind());
        String tax = Check.optionalText("taxCode", "mã số thuế", c.taxCode(), 20);
        if (tax != null && !tax.matches("\\d{10}(-\\d{3})?")) {
            throw new DomainException("taxCode", "Mã số thuế gồm 10 chữ số (hoặc 10 chữ số, gạch ngang, 3 chữ số).");
        }
        findByName(name).filter(o -> id == null || o.id() != id).ifPresent(o -> {
            throw new DomainException("name", "Tổ chức \"" + name + "\" đã có trong danh mục.");
        });
        String district = Check.optionalText("district", "huyện cũ", c.district(), 100);
        String commune = Check.optionalText("commune", "xã, phường, đặc khu", c.commune(), 100);
        String formerCommune = c.formerCommune() == null && before != null ? before.formerCommune()
                : Check.optionalText("formerCommune", "xã cũ", c.formerCommune(), 100);
        return new Valid(name, VietnameseText.fold(name), kind, district == null ? null : geography.requireDistrict("district", district).id(),
                commune == null ? null : geography.requireCommune("commune", commune).id(), formerCommune, tax);
    }
}
