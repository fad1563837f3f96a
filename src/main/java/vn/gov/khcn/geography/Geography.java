package vn.gov.khcn.geography;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.exchange.spi.ChoiceSource;
import vn.gov.khcn.records.RecordType;
import vn.gov.khcn.records.RecordWrites;
import vn.gov.khcn.records.Register;
import vn.gov.khcn.shared.Check;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.NotFoundException;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.Rows;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.VietnameseText;

/**
 * The geography register kept by the office (and administrators): the province's communes and its former districts.
 * Records name a commune or a former district by its code or its name (case and diacritics ignored, "Xã Hòa An" as
 * well as "Hòa An"); an unknown one is refused naming the accepted ones. Every write is audited by its {@link Register}.
 */
@Service
public class Geography {
    static final RecordType<Commune> COMMUNE = RecordType.of("commune", "xã, phường, đặc khu", "commune", Unit.OFFICE,
            RecordType.undated(), Commune::title);
    static final RecordType<FormerDistrict> DISTRICT = RecordType.of("formerDistrict", "huyện cũ", "former_district", Unit.OFFICE,
            RecordType.undated(), FormerDistrict::name);
    private static final String COMMUNE_COLS = "id, code, name, kind, valid_from, version";
    private static final String DISTRICT_COLS = "id, code, name, valid_until, version";
    private static final String CODE = "[A-Za-z0-9._-]{1,20}";
    private final JdbcClient jdbc;
    private final Register<Commune> communes;
    private final Register<FormerDistrict> districts;

    Geography(JdbcClient jdbc, RecordWrites writes) {
        this.jdbc = jdbc;
        this.communes = writes.register(COMMUNE, this::commune);
        this.districts = writes.register(DISTRICT, this::district);
    }

    /** A commune's row; its former districts are read apart. */
    private record CommuneRow(long id, String code, String name, CommuneKind kind, LocalDate validFrom, int version) {
    }

    public Commune commune(long id) {
        return jdbc.sql("select " + COMMUNE_COLS + " from commune where id = :id").param("id", id).query(Rows.of(CommuneRow.class))
                .optional().map(r -> withOrigins(List.of(r)).get(0)).orElseThrow(() -> new NotFoundException("xã, phường", id));
    }

    public FormerDistrict district(long id) {
        return RecordSql.get(jdbc, FormerDistrict.class, "select " + DISTRICT_COLS + " from former_district where id = :id", id, "huyện cũ");
    }

    /** Every former district, by code. */
    public List<FormerDistrict> districts() {
        return jdbc.sql("select " + DISTRICT_COLS + " from former_district order by code").query(Rows.of(FormerDistrict.class)).list();
    }

    /** Every commune, by name (diacritics ignored). */
    public List<Commune> communes() {
        return withOrigins(jdbc.sql("select " + COMMUNE_COLS + " from commune order by name_folded, id").query(Rows.of(CommuneRow.class)).list());
    }

    /** The list's page: by the words of the name or the code, kind and former district (its code). */
    public PageResult<Commune> search(CommuneQuery q, int page, int size) {
        Map<String, Object> params = RecordSql.params("q", RecordSql.like(q.q()), "k", q.kind(), "d", q.district());
        PageResult<CommuneRow> rows = RecordSql.page(jdbc, CommuneRow.class, COMMUNE_COLS, "commune",
                "(cast(:q as varchar) is null or name_folded like :q or lower(code) like :q)"
                        + " and (cast(:k as varchar) is null or kind = :k)"
                        + " and (cast(:d as varchar) is null or id in (select o.commune_id from commune_origin o"
                        + " join former_district f on f.id = o.district_id where f.code = :d))",
                params, "name_folded, id", page, size);
        return new PageResult<>(withOrigins(rows.items()), rows.page(), rows.size(), rows.total());
    }

    private List<Commune> withOrigins(List<CommuneRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> origins = new HashMap<>();
        jdbc.sql("""
                select o.commune_id, f.name from commune_origin o join former_district f on f.id = o.district_id
                where o.commune_id in (:ids) order by f.code""").param("ids", rows.stream().map(CommuneRow::id).toList())
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                .forEach(e -> origins.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return rows.stream().map(r -> new Commune(r.id(), r.code(), r.name(), r.kind(), r.validFrom(), origins.get(r.id()), r.version())).toList();
    }

    /** The commune a clerk means by {@code text}: its code, its name or its title ("Xã Hòa An"), case and diacritics ignored. */
    public Optional<Commune> findCommune(String text) {
        String t = VietnameseText.clean(text);
        if (t == null) {
            return Optional.empty();
        }
        String folded = VietnameseText.fold(t);
        List<Commune> all = communes();
        return all.stream().filter(c -> c.code().equalsIgnoreCase(t)).findFirst()
                .or(() -> all.stream().filter(c -> VietnameseText.fold(c.name()).equals(folded)).findFirst())
                .or(() -> all.stream().filter(c -> VietnameseText.fold(c.title()).equals(folded)).findFirst());
    }

    /** The former district a clerk means by {@code text}: its code or its name, case and diacritics ignored. */
    public Optional<FormerDistrict> findDistrict(String text) {
        String t = VietnameseText.clean(text);
        if (t == null) {
            return Optional.empty();
        }
        String folded = VietnameseText.fold(t);
        List<FormerDistrict> all = districts();
        return all.stream().filter(d -> d.code().equalsIgnoreCase(t)).findFirst()
                .or(() -> all.stream().filter(d -> VietnameseText.fold(d.name()).equals(folded)).findFirst());
    }

    /** As {@link #findCommune}; none is refused for {@code field}, naming the communes the register has. */
    public Commune requireCommune(String field, String text) {
        return findCommune(text).orElseThrow(() -> new DomainException(field, "Xã, phường, đặc khu \"" + VietnameseText.clean(text)
                + "\" không có trong danh mục địa giới: cần một trong " + accepted(communes().stream().map(Commune::name).toList()) + "."));
    }

    /** As {@link #findDistrict}; none is refused for {@code field}, naming the former districts the register has. */
    public FormerDistrict requireDistrict(String field, String text) {
        return findDistrict(text).orElseThrow(() -> new DomainException(field, "Huyện cũ \"" + VietnameseText.clean(text)
                + "\" không có trong danh mục địa giới: cần một trong " + accepted(districts().stream().map(FormerDistrict::name).toList()) + "."));
    }

    private static String accepted(List<String> names) {
        return names.isEmpty() ? "(danh mục chưa có mục nào: hãy nạp danh mục địa giới trước)" : String.join("; ", names);
    }

    /** The communes as a spreadsheet's choice column reads them: a cell holds the name or the code. */
    public ChoiceSource communeChoices() {
        return () -> communes().stream().map(c -> new ChoiceSource.Choice(c.code(), c.name())).toList();
    }

    /** The former districts as a spreadsheet's choice column reads them. */
    public ChoiceSource districtChoices() {
        return () -> districts().stream().map(d -> new ChoiceSource.Choice(d.code(), d.name())).toList();
    }

    @Transactional
    public Commune recordCommune(CommuneCommand c) {
        return communes.add(Unit.OFFICE, null, "cùng mã hoặc cùng tên", () -> {
            ValidCommune v = validate(c, null);
            long id = RecordSql.insert(jdbc, """
                    insert into commune(code, name, name_folded, kind, valid_from) values (:code, :name, :nameFolded, :kind, :validFrom)""", v);
            origins(id, v.origins());
            return id;
        });
    }

    @Transactional
    public Commune correctCommune(long id, CommuneCommand c) {
        return communes.change(id, c.version(), null, before -> {
            ValidCommune v = validate(c, id);
            RecordSql.update(jdbc, """
                    update commune set code = :code, name = :name, name_folded = :nameFolded, kind = :kind, valid_from = :validFrom
                    where id = :id""", id, v);
            jdbc.sql("delete from commune_origin where commune_id = :id").param("id", id).update();
            origins(id, v.origins());
        });
    }

    private void origins(long communeId, Set<Long> districtIds) {
        for (long d : districtIds) {
            jdbc.sql("insert into commune_origin(commune_id, district_id) values (:c, :d)").param("c", communeId).param("d", d).update();
        }
    }

    @Transactional
    public FormerDistrict recordDistrict(DistrictCommand c) {
        return districts.add(Unit.OFFICE, null, "cùng mã hoặc cùng tên", () -> RecordSql.insert(jdbc, """
                insert into former_district(code, name, valid_until) values (:code, :name, :validUntil)""", validate(c, null)));
    }

    @Transactional
    public FormerDistrict correctDistrict(long id, DistrictCommand c) {
        return districts.change(id, c.version(), null, before -> RecordSql.update(jdbc, """
                update former_district set code = :code, name = :name, valid_until = :validUntil where id = :id""", id, validate(c, id)));
    }

    /** A commune as the register stores it: checked and cleaned, its folded name, the ids of its former districts. */
    private record ValidCommune(String code, String name, String nameFolded, CommuneKind kind, LocalDate validFrom, Set<Long> origins) {
    }

    private record ValidDistrict(String code, String name, LocalDate validUntil) {
    }

    private ValidCommune validate(CommuneCommand c, Long id) {
        String code = code(c.code());
        String name = Check.text("name", "tên xã, phường, đặc khu", c.name(), 100);
        CommuneKind kind = Check.chosen("kind", "loại (xã, phường, đặc khu)", c.kind());
        LocalDate from = Check.date("validFrom", "ngày có hiệu lực", c.validFrom());
        String folded = VietnameseText.fold(name);
        for (Commune o : communes()) {
            if (id != null && o.id() == id) {
                continue;
            }
            if (o.code().equalsIgnoreCase(code)) {
                throw new DomainException("code", "Danh mục địa giới đã có mã \"" + o.code() + "\" (" + o.title() + ").");
            }
            if (VietnameseText.fold(o.name()).equals(folded)) {
                throw new DomainException("name", "Danh mục địa giới đã có " + o.title() + " (mã " + o.code() + ").");
            }
        }
        Set<Long> origins = new LinkedHashSet<>();
        String given = VietnameseText.clean(c.formerDistricts());
        if (given != null) {
            for (String part : given.split("[;,]")) {
                if (!part.isBlank()) {
                    origins.add(requireDistrict("formerDistricts", part).id());
                }
            }
        }
        return new ValidCommune(code, name, folded, kind, from, origins);
    }

    private ValidDistrict validate(DistrictCommand c, Long id) {
        String code = code(c.code());
        String name = Check.text("name", "tên huyện", c.name(), 100);
        LocalDate until = Check.date("validUntil", "ngày hết hiệu lực", c.validUntil());
        String folded = VietnameseText.fold(name);
        for (FormerDistrict o : districts()) {
            if (id != null && o.id() == id) {
                continue;
            }
            if (o.code().equalsIgnoreCase(code)) {
                throw new DomainException("code", "Danh mục địa giới đã có mã huyện \"" + o.code() + "\" (" + o.name() + ").");
            }
            if (VietnameseText.fold(o.name()).equals(folded)) {
                throw new DomainException("name", "Danh mục địa giới đã có huyện " + o.name() + " (mã " + o.code() + ").");
            }
        }
        return new ValidDistrict(code, name, until);
    }

    private static String code(String given) {
        String code = Check.text("code", "mã", given, 20).toUpperCase(Locale.ROOT);
        if (!code.matches(CODE)) {
            throw new DomainException("code", "Mã \"" + code + "\" gồm chữ không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới, tối đa 20 ký tự.");
        }
        return code;
    }
}
