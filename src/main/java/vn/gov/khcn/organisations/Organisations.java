package vn.gov.khcn.organisations;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.identity.AccessPolicy;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.shared.ConcurrentEditException;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.NotFoundException;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.VietnameseText;

/** The organisation register: the façade other areas use. */
@Service
public class Organisations {
    private static final String COLS = "id, name, kind, district, commune, tax_code, version";
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Organisations(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public Organisation get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("tổ chức", id));
    }

    public Optional<Organisation> find(long id) {
        return jdbc.sql("select " + COLS + " from organisation where id = :id").param("id", id)
                .query(Organisation.class).optional();
    }

    public Optional<Organisation> findByName(String name) {
        return jdbc.sql("select " + COLS + " from organisation where name = :n").param("n", VietnameseText.clean(name))
                .query(Organisation.class).optional();
    }

    /**
     * The organisation named exactly {@code name} (an import's or a history's reference to one); none is a Vietnamese
     * error for {@code field}: "{@code role} "name" chưa có trong danh mục tổ chức…".
     */
    public Organisation requireByName(String name, String field, String role) {
        return findByName(name).orElseThrow(() -> new vn.gov.khcn.shared.DomainException(field, role + " \"" + name
                + "\" chưa có trong danh mục tổ chức: thêm vào danh mục (hoặc nhập tệp mẫu Tổ chức) trước."));
    }

    public Map<Long, Organisation> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select " + COLS + " from organisation where id in (:ids)").param("ids", ids)
                .query(Organisation.class).list().stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
    }

    /** Searches by name ignoring diacritics and case; kind and district may be null. */
    /** How many organisations a picker lists before the user types; typing searches the whole register. */
    public static final int PICKER_SIZE = 200;

    /**
     * The choices of an organisation picker (id → name, by name): the first {@link #PICKER_SIZE} of {@code kind}
     * (null: any), and always the one already chosen, so a form never silently drops a choice beyond the first page.
     */
    public java.util.LinkedHashMap<Long, String> choices(OrganisationKind kind, Long selected) {
        java.util.LinkedHashMap<Long, String> out = new java.util.LinkedHashMap<>();
        if (selected != null) {
            find(selected).ifPresent(o -> out.put(o.id(), o.name()));
        }
        for (Organisation o : search(null, kind, null, 0, PICKER_SIZE).items()) {
            out.put(o.id(), o.name());
        }
        return out;
    }

    public PageResult<Organisation> search(String q, OrganisationKind kind, String district, int page, int size) {
        String folded = q == null || q.isBlank() ? null : "%" + VietnameseText.fold(q) + "%";
        String where = """
                where (cast(:q as varchar) is null or name_folded like :q)
                  and (cast(:k as varchar) is null or kind = :k)
                  and (cast(:d as varchar) is null or district = :d)""";
        String k = kind == null ? null : kind.name();
        String d = district == null || district.isBlank() ? null : district;
        long total = jdbc.sql("select count(*) from organisation " + where)
                .param("q", folded).param("k", k).param("d", d).query(Long.class).single();
        List<Organisation> items = jdbc.sql("select " + COLS + " from organisation " + where
                        + " order by name_folded, id limit :lim offset :off")
                .param("q", folded).param("k", k).param("d", d).param("lim", size).param("off", (long) page * size)
                .query(Organisation.class).list();
        return new PageResult<>(items, page, size, total);
    }

    /** Every organisation the list page's filters select, in its order, one at a time (for exports). */
    @Transactional(readOnly = true)
    public void stream(String q, OrganisationKind kind, String district, java.util.function.Consumer<Organisation> each) {
        String folded = q == null || q.isBlank() ? null : "%" + VietnameseText.fold(q) + "%";
        try (var rows = jdbc.sql("select " + COLS + " from organisation "
                        + "where (cast(:q as varchar) is null or name_folded like :q) and (cast(:k as varchar) is null or kind = :k) "
                        + "and (cast(:d as varchar) is null or district = :d) order by name_folded, id")
                .param("q", folded).param("k", kind == null ? null : kind.name())
                .param("d", district == null || district.isBlank() ? null : district)
                .query(Organisation.class).stream()) {
            rows.forEach(each);
        }
    }

    public List<String> districts() {
        return jdbc.sql("select distinct district from organisation where district is not null order by district")
                .query(String.class).list();
    }

    @Transactional
    public Organisation create(OrganisationCommand c) {
        AccessPolicy.requireEditShared(CurrentUser.get());
        Organisation v = validate(c);
        if (findByName(v.name()).isPresent()) {
            throw new DomainException("name", "Tổ chức \"" + v.name() + "\" đã có trong danh mục.");
        }
        jdbc.sql("""
                insert into organisation(name, name_folded, kind, district, commune, tax_code)
                values (:n, :f, :k, :d, :c, :t)""")
                .param("n", v.name()).param("f", VietnameseText.fold(v.name())).param("k", v.kind().name())
                .param("d", v.district()).param("c", v.commune()).param("t", v.taxCode()).update();
        Organisation saved = findByName(v.name()).orElseThrow();
        audit.record("organisation", saved.id(), "CREATE", null, saved);
        return saved;
    }

    /** The organisation of that name, created with the kind and district given when it is new. */
    @Transactional
    public Organisation findOrCreate(String name, OrganisationKind kind, String district) {
        return findByName(name).orElseGet(() -> create(new OrganisationCommand(name, kind, district, null, null, null)));
    }

    @Transactional
    public Organisation update(long id, OrganisationCommand c) {
        AccessPolicy.requireEditShared(CurrentUser.get());
        Organisation before = get(id);
        Organisation v = validate(c);
        findByName(v.name()).filter(o -> o.id() != id).ifPresent(o -> {
            throw new DomainException("name", "Tổ chức \"" + v.name() + "\" đã có trong danh mục.");
        });
        int expected = c.version() == null ? before.version() : c.version();
        int n = jdbc.sql("""
                update organisation set name = :n, name_folded = :f, kind = :k, district = :d, commune = :c,
                       tax_code = :t, version = version + 1
                where id = :id and version = :v""")
                .param("n", v.name()).param("f", VietnameseText.fold(v.name())).param("k", v.kind().name())
                .param("d", v.district()).param("c", v.commune()).param("t", v.taxCode())
                .param("id", id).param("v", expected).update();
        if (n == 0) {
            throw new ConcurrentEditException("Tổ chức \"" + before.name() + "\"", before.toString());
        }
        Organisation after = get(id);
        audit.record("organisation", id, "UPDATE", before, after);
        return after;
    }

    private static Organisation validate(OrganisationCommand c) {
        String name = VietnameseText.clean(c.name());
        if (name == null) {
            throw new DomainException("name", "Cần nhập tên tổ chức.");
        }
        if (name.length() > 500) {
            throw new DomainException("name", "Tên tổ chức dài quá 500 ký tự.");
        }
        if (c.kind() == null) {
            throw new DomainException("kind", "Cần chọn loại tổ chức.");
        }
        String tax = VietnameseText.clean(c.taxCode());
        if (tax != null && !tax.matches("\\d{10}(-\\d{3})?")) {
            throw new DomainException("taxCode", "Mã số thuế gồm 10 chữ số (hoặc 10 chữ số, gạch ngang, 3 chữ số).");
        }
        return new Organisation(0, name, c.kind(), limit("district", c.district(), 100), limit("commune", c.commune(), 100), tax, 0);
    }

    private static String limit(String field, String s, int max) {
        String t = VietnameseText.clean(s);
        if (t != null && t.length() > max) {
            throw new DomainException(field, "Giá trị dài quá " + max + " ký tự.");
        }
        return t;
    }
}
