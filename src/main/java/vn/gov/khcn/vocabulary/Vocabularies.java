package vn.gov.khcn.vocabulary;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.exchange.spi.ChoiceSource;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.records.RecordFacade;
import vn.gov.khcn.records.RecordType;
import vn.gov.khcn.records.RecordWrites;
import vn.gov.khcn.shared.Check;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.RecordTable;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.VietnameseText;

/**
 * The vocabulary register kept by the office (and administrators): the entries of every {@link VocabularyList}.
 * Pickers list a list's current (not retired) entries in order; records and reports name any entry, retired or not,
 * by its code. An entry is added, renamed, moved and retired; deleting is refused once a record uses it.
 */
@Service
public class Vocabularies extends RecordFacade<VocabularyEntry> {
    /** The unit that keeps the vocabularies. */
    public static final Unit OWNER = Unit.keeping("vocabularies", "danh mục dùng chung", Unit.OFFICE);

    static final RecordType<VocabularyEntry> ENTRY = RecordType.of("vocabularyEntry", "mục danh mục", "vocabulary_entry", OWNER,
            RecordType.undated(), VocabularyEntry::label);
    private static final String SAME = "cùng danh mục và cùng mã, hoặc cùng tên không kể dấu, hoa thường";
    /** Codes records store: upper-case letters, digits and underscores (the shortest column that stores one holds 20). */
    static final int CODE_LENGTH = 20;
    private final AuditTrail audit;
    private final List<VocabularyUse> uses;

    private final ApplicationEventPublisher events;

    Vocabularies(JdbcClient jdbc, RecordWrites writes, AuditTrail audit, List<VocabularyUse> uses, ApplicationEventPublisher events) {
        super(writes, ENTRY, new RecordTable<>(jdbc, VocabularyEntry.class, "mục danh mục", "id",
                "id, list_key as list, code, label, position, retired, passing, interval_months, version", "vocabulary_entry"));
        this.events = events;
        this.audit = audit;
        this.uses = uses;
    }

    public PageResult<VocabularyEntry> search(VocabularyQuery q, int page, int size) {
        return table.page(
                "(cast(:l as varchar) is null or list_key = :l) and (cast(:q as varchar) is null or label_folded like :q or lower(code) like :q)"
                        + " and (cast(:c as boolean) is null or :c = false or retired = false)",
                RecordSql.params("l", q.list(), "q", RecordSql.like(q.q()), "c", q.current()), "list_key, position, id", page, size);
    }

    /** Every entry of a list, retired ones too, in its order: what records and reports name. */
    public List<VocabularyEntry> entries(VocabularyList list) {
        return table.list("list_key = :l order by position, id", RecordSql.params("l", list.name()));
    }

    /** The entries a new record may choose: not retired, in order (what pickers list). */
    public List<VocabularyEntry> current(VocabularyList list) {
        return entries(list).stream().filter(e -> !e.retired()).toList();
    }

    /** The entry of {@code code}, retired or not. */
    public Optional<VocabularyEntry> find(VocabularyList list, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return table.one("list_key = :l and code = :c", RecordSql.params("l", list.name(), "c", code.strip()));
    }

    /** Every entry's label by its code, retired ones too, in the list's order: what lists, pages and reports print. */
    public java.util.Map<String, String> labels(VocabularyList list) {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        entries(list).forEach(e -> m.put(e.code(), e.label()));
        return m;
    }

    /**
     * What a form's picker offers, label by code: the current entries in order, and the record's own entry
     * {@code kept} even if retired since (so that saving a record does not change it).
     */
    public java.util.Map<String, String> pickable(VocabularyList list, String kept) {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        current(list).forEach(e -> m.put(e.code(), e.label()));
        if (kept != null && !m.containsKey(kept)) {
            find(list, kept).ifPresent(e -> m.put(e.code(), e.label() + " (đã thôi dùng)"));
        }
        return m;
    }

    /** The label of {@code code} as it prints (the code itself if the list lacks it; empty for none). */
    public String label(VocabularyList list, String code) {
        return code == null ? "" : find(list, code).map(VocabularyEntry::label).orElse(code);
    }

    /**
     * The current entry a clerk means by {@code text}: its code, or its label in any case, with or without diacritics
     * ("Khá", "kha", "GOOD"). Refused, naming the accepted labels, when none matches or the entry is retired.
     */
    public VocabularyEntry resolve(VocabularyList list, String field, String text) {
        String t = VietnameseText.clean(text);
        if (t == null) {
            throw new DomainException(field, "Cần chọn " + list.label().toLowerCase(Locale.ROOT) + ".");
        }
        List<VocabularyEntry> all = entries(list);
        String folded = VietnameseText.fold(t);
        Optional<VocabularyEntry> hit = all.stream().filter(e -> e.code().equalsIgnoreCase(t)).findFirst()
                .or(() -> all.stream().filter(e -> e.label().equalsIgnoreCase(t)).findFirst())
                .or(() -> all.stream().filter(e -> VietnameseText.fold(e.label()).equals(folded)).findFirst());
        if (hit.isPresent() && !hit.get().retired()) {
            return hit.get();
        }
        String accepted = String.join("; ", current(list).stream().map(VocabularyEntry::label).toList());
        throw new DomainException(field, "\"" + t + "\" " + (hit.isPresent() ? "đã thôi dùng trong" : "không có trong")
                + " danh mục " + list.label().toLowerCase(Locale.ROOT) + ": cần một trong " + accepted + ".");
    }

    /** A list's current entries as a spreadsheet's choice column reads them. */
    public ChoiceSource choices(VocabularyList list) {
        return () -> current(list).stream().map(e -> new ChoiceSource.Choice(e.code(), e.label())).toList();
    }

    /** How many records use the entry, over every area that reads its list. */
    public long uses(VocabularyEntry e) {
        return uses.stream().mapToLong(u -> u.uses(e.list(), e.code())).sum();
    }

    @Transactional
    public VocabularyEntry add(VocabularyCommand c) {
        VocabularyEntry e = register.add(OWNER, c.reason(), SAME, () -> table.insert("""
                insert into vocabulary_entry(list_key, code, label, label_folded, position, retired, passing, interval_months)
                values (:list, :code, :label, :labelFolded, :position, :retired, :passing, :intervalMonths)""", validate(c, null)));
        events.publishEvent(new VocabularyChanged(e.list()));
        return e;
    }

    /** Renames, moves or retires (or brings back) an entry; its list and code stay. */
    @Transactional
    public VocabularyEntry change(long id, VocabularyCommand c) {
        VocabularyEntry e = register.change(id, c.version(), c.reason(), before -> table.update("""
                update vocabulary_entry set label = :label, label_folded = :labelFolded, position = :position, retired = :retired,
                       passing = :passing, interval_months = :intervalMonths where id = :id""", id, validate(c, get(id))));
        events.publishEvent(new VocabularyChanged(e.list()));
        return e;
    }

    /**
     * Deletes an entry no record uses (a mistake just added); an entry in use is refused with the count, and the clerk
     * is told to retire it instead.
     */
    @Transactional
    public void delete(long id, Integer version) {
        VocabularyEntry e = get(id);
        register.requireEdit(OWNER);
        if (version == null) {
            throw new vn.gov.khcn.shared.VersionRequiredException("mục danh mục");
        }
        long n = uses(e);
        if (n > 0) {
            throw new DomainException("code", "Không xóa được \"" + e.label() + "\" trong danh mục " + e.list().label().toLowerCase(Locale.ROOT)
                    + ": " + Formats.number(n) + " hồ sơ đang dùng mục này. Hãy đánh dấu \"Thôi dùng\" (ẩn khỏi danh sách chọn, "
                    + "vẫn hiện trên hồ sơ cũ).");
        }
        int deleted = jdbc.sql("delete from vocabulary_entry where id = :id and version = :v").param("id", id).param("v", version).update();
        if (deleted == 0) {
            throw new vn.gov.khcn.shared.ConcurrentEditException("Mục danh mục \"" + e.label() + "\"", get(id), null);
        }
        audit.record(ENTRY.auditName(), id, "DELETE", e, null);
        events.publishEvent(new VocabularyChanged(e.list()));
    }

    /** An entry as the register stores it: checked and cleaned, with its folded label for search and matching. */
    private record Valid(VocabularyList list, String code, String label, String labelFolded, int position, boolean retired, Boolean passing,
                         Integer intervalMonths) {
    }

    private Valid validate(VocabularyCommand c, VocabularyEntry before) {
        VocabularyList list = before != null ? before.list() : Check.chosen("list", "danh mục", c.list());
        String label = Check.text("label", "tên (như in trên hồ sơ, báo cáo)", c.label(), 300);
        String folded = VietnameseText.fold(label);
        String code;
        if (before != null) {
            code = before.code();
            if (c.code() != null && !c.code().isBlank() && !c.code().strip().equals(code)) {
                throw new DomainException("code", "Không đổi được mã \"" + code + "\": hồ sơ và báo cáo lưu theo mã. Hãy đổi tên.");
            }
        } else {
            String given = VietnameseText.clean(c.code());
            code = given == null ? freeCode(list, codeOf(label)) : given.toUpperCase(Locale.ROOT);
            if (!code.matches("[A-Z0-9_]{1," + CODE_LENGTH + "}")) {
                throw new DomainException("code", "Mã \"" + code + "\" cần chữ in hoa không dấu, chữ số hoặc dấu gạch dưới, tối đa "
                        + CODE_LENGTH + " ký tự (để trống: hệ thống tự đặt theo tên).");
            }
            if (find(list, code).isPresent()) {
                throw new DomainException("code", "Danh mục " + list.label().toLowerCase(Locale.ROOT) + " đã có mã \"" + code + "\".");
            }
        }
        entries(list).stream().filter(e -> before == null || e.id() != before.id())
                .filter(e -> VietnameseText.fold(e.label()).equals(folded)).findFirst().ifPresent(e -> {
                    throw new DomainException("label", "Danh mục " + list.label().toLowerCase(Locale.ROOT) + " đã có \"" + e.label() + "\""
                            + (e.retired() ? " (đã thôi dùng: hãy dùng lại mục đó)" : "") + ".");
                });
        int position = c.position() != null ? Check.between("position", "thứ tự", c.position(), 1, 9999)
                : before != null ? before.position() : nextPosition(list);
        Boolean passing = null;
        if (list.hasPassing()) {
            passing = Check.chosen("passing", "đạt hay không đạt (xếp loại)", c.passing());
        }
        Integer interval = null;
        if (list.hasInterval()) {
            interval = Check.between("intervalMonths", "chu kỳ kiểm định (tháng)", c.intervalMonths(), 1, 240);
        }
        return new Valid(list, code, label, folded, position, Boolean.TRUE.equals(c.retired()), passing, interval);
    }

    private int nextPosition(VocabularyList list) {
        Integer max = jdbc.sql("select max(position) from vocabulary_entry where list_key = :l").param("l", list.name())
                .query(Integer.class).optional().orElse(null);
        return max == null ? 1 : max + 1;
    }

    /** {@code code}, or with a number after it when the list has it already ("CAN_BAN_2"). */
    private String freeCode(VocabularyList list, String code) {
        String c = code;
        for (int n = 2; find(list, c).isPresent(); n++) {
            String tail = "_" + n;
            c = code.substring(0, Math.min(code.length(), CODE_LENGTH - tail.length())) + tail;
        }
        return c;
    }

    /** A code made from a label: "Công tơ điện 3 pha" → "CONG_TO_DIEN_3_PHA", cut to the code length. */
    static String codeOf(String label) {
        String c = VietnameseText.fold(label).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        c = c.length() > CODE_LENGTH ? c.substring(0, CODE_LENGTH).replaceAll("_+$", "") : c;
        return c.isEmpty() ? "MUC" : c;
    }
}
