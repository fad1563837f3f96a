package vn.gov.khcn.documents;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.documents.internal.FileStore;
import vn.gov.khcn.identity.AccessPolicy;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.shared.ConcurrentEditException;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.NotFoundException;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.VietnameseText;

/** The document register: the façade other areas use to cite documents. */
@Service
public class Documents {
    private static final String COLS = "id, number_symbol, number, type_code, issuer_symbol, issued_on, issuer, summary, unit, file_name, file_size, version";
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final FileStore files;

    Documents(JdbcClient jdbc, AuditTrail audit, FileStore files) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.files = files;
    }

    /** "1161/TTr-SKH&CN ngày 08/09/2021": a document's number and symbol, then optionally its date. */
    private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile("(.+?)\\s+ngày\\s+(\\d{1,2}/\\d{1,2}/\\d{4})",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    public Document get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("văn bản", id));
    }

    public Optional<Document> find(long id) {
        return jdbc.sql("select " + COLS + " from document where id = :id").param("id", id).query(Document.class).optional();
    }

    public Optional<Document> find(String numberSymbol, LocalDate issuedOn) {
        return jdbc.sql("select " + COLS + " from document where number_symbol = :n and issued_on = :d")
                .param("n", DocumentNumber.parse(numberSymbol).text()).param("d", issuedOn).query(Document.class).optional();
    }

    /** Every document with this number and symbol (numbers restart each year, so there may be several), oldest first. */
    public List<Document> findAll(String numberSymbol) {
        return jdbc.sql("select " + COLS + " from document where number_symbol = :n order by issued_on, id")
                .param("n", DocumentNumber.parse(numberSymbol).text()).query(Document.class).list();
    }

    /**
     * The document a reference names: its number and symbol, with "ngày dd/mm/yyyy" when the number alone is not
     * unique ({@link Document#reference()}). None, or several, is a Vietnamese error for {@code field} naming the
     * reference and what to do.
     */
    public Document requireReferenced(String reference, String field, String role) {
        java.util.regex.Matcher m = REFERENCE.matcher(reference.strip());
        String number = m.matches() ? m.group(1).strip() : reference.strip();
        List<Document> found;
        try {
            found = m.matches() ? find(number, vn.gov.khcn.shared.Formats.parseDate(field, m.group(2))).map(List::of).orElse(List.of())
                    : findAll(number);
        } catch (DomainException e) {
            throw new DomainException(field, role + " \"" + reference + "\": " + e.getMessage());
        }
        if (found.isEmpty()) {
            throw new DomainException(field, role + " \"" + reference + "\" chưa có trong sổ văn bản: vào sổ văn bản "
                    + "(hoặc nhập tệp mẫu Văn bản) trước.");
        }
        if (found.size() > 1) {
            throw new DomainException(field, role + " \"" + reference + "\": sổ văn bản có " + found.size()
                    + " văn bản cùng số, ký hiệu này; ghi thêm ngày ban hành, ví dụ \"" + found.get(found.size() - 1).reference() + "\".");
        }
        return found.get(0);
    }

    /** The documents a cell names, references separated by ";" (blank: none), each as {@link #requireReferenced}. */
    public List<Document> requireReferencedAll(String references, String field, String role) {
        List<Document> found = new java.util.ArrayList<>();
        if (references != null) {
            for (String part : references.split(";")) {
                if (!part.isBlank()) {
                    found.add(requireReferenced(part, field, role));
                }
            }
        }
        return found;
    }

    /** {@link Document#reference()} of a document by id; null for none. */
    public String reference(Long id) {
        return id == null ? null : find(id).map(Document::reference).orElse(null);
    }

    public Map<Long, Document> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select " + COLS + " from document where id in (:ids)").param("ids", ids)
                .query(Document.class).list().stream().collect(Collectors.toMap(Document::id, Function.identity()));
    }

    /** Search by number, symbol or summary ignoring diacritics; type and year may be null. */
    public PageResult<Document> search(String q, DocumentType type, Integer year, int page, int size) {
        String like = q == null || q.isBlank() ? null : "%" + VietnameseText.fold(q) + "%";
        String raw = q == null || q.isBlank() ? null : "%" + VietnameseText.clean(q) + "%";
        String where = """
                where (cast(:q as varchar) is null or summary_folded like :q or number_symbol like :raw)
                  and (cast(:t as varchar) is null or type_code = :t)
                  and (cast(:y as integer) is null or (issued_on >= :ys and issued_on < :ye))""";
        String t = type == null ? null : type.name();
        LocalDate ys = year == null ? null : LocalDate.of(year, 1, 1);
        LocalDate ye = year == null ? null : LocalDate.of(year + 1, 1, 1);
        long total = jdbc.sql("select count(*) from document " + where)
                .param("q", like).param("raw", raw).param("t", t).param("y", year).param("ys", ys).param("ye", ye)
                .query(Long.class).single();
        List<Document> items = jdbc.sql("select " + COLS + " from document " + where
                        + " order by issued_on desc, id desc limit :lim offset :off")
                .param("q", like).param("raw", raw).param("t", t).param("y", year).param("ys", ys).param("ye", ye)
                .param("lim", size).param("off", (long) page * size)
                .query(Document.class).list();
        return new PageResult<>(items, page, size, total);
    }

    /** Every document the list page's filters select, in its order, one at a time (for exports). */
    @Transactional(readOnly = true)
    public void stream(String q, DocumentType type, Integer year, java.util.function.Consumer<Document> each) {
        String like = q == null || q.isBlank() ? null : "%" + VietnameseText.fold(q) + "%";
        String raw = q == null || q.isBlank() ? null : "%" + VietnameseText.clean(q) + "%";
        try (var rows = jdbc.sql("select " + COLS + " from document "
                        + "where (cast(:q as varchar) is null or summary_folded like :q or number_symbol like :raw) "
                        + "and (cast(:t as varchar) is null or type_code = :t) "
                        + "and (cast(:y as integer) is null or (issued_on >= :ys and issued_on < :ye)) order by issued_on desc, id desc")
                .param("q", like).param("raw", raw).param("t", type == null ? null : type.name()).param("y", year)
                .param("ys", year == null ? null : LocalDate.of(year, 1, 1)).param("ye", year == null ? null : LocalDate.of(year + 1, 1, 1))
                .query(Document.class).stream()) {
            rows.forEach(each);
        }
    }

    @Transactional
    public Document register(DocumentCommand c) {
        CurrentUser user = CurrentUser.get();
        AccessPolicy.requireEditShared(user);
        Valid v = validate(c);
        if (find(v.number().text(), v.issuedOn()).isPresent()) {
            throw new DomainException("numberSymbol", "Văn bản " + v.number().text() + " ngày " + Formats.date(v.issuedOn()) + " đã có trong sổ.");
        }
        Unit unit = user.unit() == null ? Unit.OFFICE : user.unit();
        jdbc.sql("""
                insert into document(number_symbol, number, type_code, issuer_symbol, issued_on, issuer, summary, summary_folded, unit)
                values (:ns, :n, :t, :is, :d, :iss, :s, :sf, :u)""")
                .param("ns", v.number().text()).param("n", v.number().number()).param("t", v.type().name())
                .param("is", v.number().issuerSymbol()).param("d", v.issuedOn()).param("iss", v.issuer())
                .param("s", v.summary()).param("sf", VietnameseText.fold(v.summary())).param("u", unit.name()).update();
        Document saved = find(v.number().text(), v.issuedOn()).orElseThrow();
        audit.record("document", saved.id(), "CREATE", null, saved);
        return saved;
    }

    /** The document with that number and date, registered with the given details when it is new. */
    @Transactional
    public Document findOrRegister(DocumentCommand c) {
        return find(c.numberSymbol(), c.issuedOn()).orElseGet(() -> register(c));
    }

    @Transactional
    public Document update(long id, DocumentCommand c) {
        Document before = get(id);
        CurrentUser user = CurrentUser.get();
        AccessPolicy.requireEditOwned(user, before.unit());
        Valid v = validate(c);
        find(v.number().text(), v.issuedOn()).filter(d -> d.id() != id).ifPresent(d -> {
            throw new DomainException("numberSymbol", "Văn bản " + v.number().text() + " ngày " + Formats.date(v.issuedOn()) + " đã có trong sổ.");
        });
        int n = jdbc.sql("""
                update document set number_symbol = :ns, number = :n, type_code = :t, issuer_symbol = :is, issued_on = :d,
                       issuer = :iss, summary = :s, summary_folded = :sf, version = version + 1
                where id = :id and version = :v""")
                .param("ns", v.number().text()).param("n", v.number().number()).param("t", v.type().name())
                .param("is", v.number().issuerSymbol()).param("d", v.issuedOn()).param("iss", v.issuer())
                .param("s", v.summary()).param("sf", VietnameseText.fold(v.summary()))
                .param("id", id).param("v", c.version() == null ? before.version() : c.version()).update();
        if (n == 0) {
            throw new ConcurrentEditException("Văn bản " + before.numberSymbol(), before.toString());
        }
        Document after = get(id);
        audit.record("document", id, "UPDATE", before, after);
        return after;
    }

    /** Refuses, before any input is read, a user who may not change the document. */
    public void checkEditable(long id) {
        AccessPolicy.requireEditOwned(CurrentUser.get(), get(id).unit());
    }

    /** Attaches a file; the name is kept as data, the bytes under a random key. */
    @Transactional
    public Document attach(long id, String fileName, long size, InputStream content) {
        Document before = get(id);
        AccessPolicy.requireEditOwned(CurrentUser.get(), before.unit());
        String name = VietnameseText.clean(fileName);
        name = name == null ? "tep-dinh-kem" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        String key = files.put(content);
        jdbc.sql("update document set file_name = :n, file_key = :k, file_size = :s, version = version + 1 where id = :id")
                .param("n", name).param("k", key).param("s", size).param("id", id).update();
        Document after = get(id);
        audit.record("document", id, "ATTACH", before, after);
        return after;
    }

    public Optional<byte[]> file(long id) {
        return jdbc.sql("select file_key from document where id = :id and file_key is not null").param("id", id)
                .query(String.class).optional().map(files::read);
    }

    private record Valid(DocumentNumber number, DocumentType type, LocalDate issuedOn, String issuer, String summary) {
    }

    private static Valid validate(DocumentCommand c) {
        DocumentNumber number = DocumentNumber.parse(c.numberSymbol());
        if (c.issuedOn() == null) {
            throw new DomainException("issuedOn", "Cần nhập ngày ban hành văn bản.");
        }
        Formats.checkRange("issuedOn", c.issuedOn());
        if (number.year() != null && number.year() != c.issuedOn().getYear()) {
            throw new DomainException("issuedOn", "Năm trong số ký hiệu (" + number.year() + ") khác năm ban hành (" + c.issuedOn().getYear() + ").");
        }
        String summary = VietnameseText.clean(c.summary());
        if (summary != null && summary.length() > 4000) {
            throw new DomainException("summary", "Trích yếu dài quá 4.000 ký tự.");
        }
        String issuer = VietnameseText.clean(c.issuer());
        if (issuer != null && issuer.length() > 300) {
            throw new DomainException("issuer", "Tên cơ quan ban hành dài quá 300 ký tự.");
        }
        DocumentType type = c.type() != null ? c.type() : number.type();
        return new Valid(number, type, c.issuedOn(), issuer, summary);
    }
}
