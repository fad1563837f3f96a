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
import vn.gov.khcn.documents.internal.OutgoingNumbers;
import vn.gov.khcn.identity.AccessPolicy;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.records.RecordType;
import vn.gov.khcn.records.RecordWrites;
import vn.gov.khcn.records.Register;
import vn.gov.khcn.shared.Check;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.NotFoundException;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.Rows;
import vn.gov.khcn.shared.TextSearch;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.VietnameseText;

/**
 * The document register (sổ văn bản): the façade other areas use to cite documents. Any unit registers documents;
 * a document is corrected by the unit that registered it. One document per number, symbol and date of issue.
 */
@Service
public class Documents {
    /** Owned by the unit that registered it; not dated for reports (they cite documents, they do not count them). */
    static final RecordType<Document> DOCUMENT = new RecordType<>("document", "văn bản", "document", Document::unit,
            RecordType.undated(), Document::numberSymbol);
    private static final String COLS = "id, number_symbol, number, type_code, issuer_symbol, issued_on, issuer, summary, unit, file_name, file_size, "
            + "outgoing, signer, origin_path, origin_label, version";
    private static final String SAME = "cùng số, ký hiệu và ngày ban hành";
    private final JdbcClient jdbc;
    private final FileStore files;
    private final Register<Document> documents;
    private final OutgoingNumbers numbers;

    Documents(JdbcClient jdbc, RecordWrites writes, FileStore files, OutgoingNumbers numbers) {
        this.jdbc = jdbc;
        this.files = files;
        this.documents = writes.register(DOCUMENT, this::get);
        this.numbers = numbers;
    }

    /** The unit a document is registered for: the clerk's (refuses users who may not write shared records). */
    private static Unit writer() {
        CurrentUser u = CurrentUser.get();
        AccessPolicy.requireEditShared(u);
        return u.unit() == null ? Unit.OFFICE : u.unit();
    }

    /** "1161/TTr-SKH&CN ngày 08/09/2021": a document's number and symbol, then optionally its date. */
    private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile("(.+?)\\s+ngày\\s+(\\d{1,2}/\\d{1,2}/\\d{4})",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    public Document get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("văn bản", id));
    }

    public Optional<Document> find(long id) {
        return jdbc.sql("select " + COLS + " from document where id = :id").param("id", id).query(Rows.of(Document.class)).optional();
    }

    public Optional<Document> find(String numberSymbol, LocalDate issuedOn) {
        return jdbc.sql("select " + COLS + " from document where number_symbol = :n and issued_on = :d")
                .param("n", DocumentNumber.parse(numberSymbol).text()).param("d", issuedOn).query(Rows.of(Document.class)).optional();
    }

    /** Every document with this number and symbol (numbers restart each year, so there may be several), oldest first. */
    public List<Document> findAll(String numberSymbol) {
        return jdbc.sql("select " + COLS + " from document where number_symbol = :n order by issued_on, id")
                .param("n", DocumentNumber.parse(numberSymbol).text()).query(Rows.of(Document.class)).list();
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
                .query(Rows.of(Document.class)).list().stream().collect(Collectors.toMap(Document::id, Function.identity()));
    }

    /**
     * The list's page: each word of the query in the number and symbol or the summary (diacritics, case and word
     * order ignored, {@link TextSearch}), type and year; newest first.
     */
    public PageResult<Document> search(DocumentQuery q, int page, int size) {
        Map<String, Object> params = RecordSql.params("t", q.type(), "y", q.year(), "ys", q.year() == null ? null : LocalDate.of(q.year(), 1, 1),
                "ye", q.year() == null ? null : LocalDate.of(q.year() + 1, 1, 1));
        String words = TextSearch.condition(q.q(), "w", params, "summary_folded", TextSearch.foldedSymbol("number_symbol"));
        return RecordSql.page(jdbc, Document.class, COLS, "document", words
                        + " and (cast(:t as varchar) is null or type_code = :t)"
                        + " and (cast(:y as integer) is null or (issued_on >= :ys and issued_on < :ye))",
                params, "issued_on desc, id desc", page, size);
    }

    private static final String INSERT = """
            insert into document(number_symbol, number, type_code, issuer_symbol, issued_on, issuer, summary, summary_folded, unit,
                                 outgoing, signer, origin_path, origin_label)
            values (:numberSymbol, :number, :typeCode, :issuerSymbol, :issuedOn, :issuer, :summary, :summaryFolded, :unit,
                    :outgoing, :signer, :originPath, :originLabel)""";

    /**
     * Registers a document for the unit of the clerk who registers it (that unit corrects it later). One of the
     * department's outgoing documents ({@link DocumentNumber#outgoingOf}) waits for a reservation of its year's
     * number that is under way, so the next number reserved is past it.
     */
    @Transactional
    public Document register(DocumentCommand c) {
        Unit unit = writer();
        return documents.add(unit, null, SAME, "CREATE", () -> {
            Valid v = validate(c, null, unit);
            if (v.outgoing()) {
                numbers.hold(v.issuedOn().getYear());
            }
            return RecordSql.insert(jdbc, INSERT, v);
        });
    }

    /**
     * Reserves the next number of the department's outgoing register (sổ văn bản đi) for {@code year}: one sequence
     * a year shared by every outgoing document, whatever its type. The next number is one past both the last number
     * reserved and the highest number of the year's outgoing documents (a clerk's registered 05 makes it 06). The
     * year's counter row is held until commit, so numbers reserved at the same moment are distinct. Callers that
     * also register a document use {@link #registerOutgoing} (it takes the register's turn first, then the number).
     */
    @Transactional
    public int reserveOutgoingNumber(int year) {
        writer();
        return numbers.next(year);
    }

    /**
     * Files an outgoing document under the next number of its year ({@link #reserveOutgoingNumber}), in the caller's
     * transaction: the number, "01/BC-SKH&CN", the type, the date, the summary and the signer, with the record it
     * comes from.
     */
    @Transactional
    public Document registerOutgoing(OutgoingDocument o) {
        Unit unit = writer();
        LocalDate on = Check.date("issuedOn", "ngày ban hành văn bản", o.issuedOn());
        return documents.add(unit, null, SAME, "CREATE", () -> {
            String number = DocumentNumber.outgoing(numbers.next(on.getYear())) + "/" + o.symbol();
            Valid v = validate(DocumentCommand.of(number, o.type(), on, null, o.summary()), null, unit);
            return RecordSql.insert(jdbc, INSERT, new Valid(v.numberSymbol(), v.number(), v.typeCode(), v.issuerSymbol(), on, null,
                    v.summary(), v.summaryFolded(), unit, true, Check.optionalText("signer", "người ký", o.signer(), 200),
                    o.originPath(), Check.optionalText("originLabel", "hồ sơ gốc", o.originLabel(), 400)));
        });
    }

    /**
     * The document with that number and date, registered with the given details when it is new (demo data and
     * imports cite documents this way). Clerks registering the same new document at once get the one document.
     */
    @Transactional
    public Document findOrRegister(DocumentCommand c) {
        Optional<Document> found = find(c.numberSymbol(), c.issuedOn());
        if (found.isPresent()) {
            return found.get();
        }
        try {
            return register(c);
        } catch (DomainException e) {
            // registered meanwhile by another clerk (the register's turn made this one wait and then see it)
            return find(c.numberSymbol(), c.issuedOn()).orElseThrow(() -> e);
        }
    }

    /** Corrects a document: only the unit that registered it (or an administrator). */
    @Transactional
    public Document correct(long id, DocumentCommand c) {
        checkEditable(id);
        return documents.change(id, c.version(), null, before -> {
            Valid v = validate(c, id, before.unit());
            // a document filed from a record (an issued report) stays outgoing
            boolean outgoing = v.outgoing() || before.originPath() != null;
            if (outgoing) {
                numbers.hold(v.issuedOn().getYear());
            }
            RecordSql.update(jdbc, """
                    update document set number_symbol = :numberSymbol, number = :number, type_code = :typeCode,
                           issuer_symbol = :issuerSymbol, issued_on = :issuedOn, issuer = :issuer, summary = :summary,
                           summary_folded = :summaryFolded, outgoing = :outgoing where id = :id""", id,
                    new Valid(v.numberSymbol(), v.number(), v.typeCode(), v.issuerSymbol(), v.issuedOn(), v.issuer(), v.summary(),
                            v.summaryFolded(), v.unit(), outgoing, null, null, null));
        });
    }

    /** Refuses, before any input is read, a user who may not change the document. */
    public void checkEditable(long id) {
        AccessPolicy.requireEditOwned(CurrentUser.get(), get(id).unit());
    }

    /**
     * Attaches a file to the document as of {@code version} (the one read); the name is kept as data, the bytes
     * under a random key.
     */
    @Transactional
    public Document attach(long id, Integer version, String fileName, long size, InputStream content) {
        checkEditable(id);
        return documents.change(id, version, null, "ATTACH", before -> {
            String name = VietnameseText.clean(fileName);
            name = name == null ? "tep-dinh-kem" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
            if (name.length() > 200) {
                name = name.substring(name.length() - 200);
            }
            jdbc.sql("update document set file_name = :n, file_key = :k, file_size = :s where id = :id")
                    .param("n", name).param("k", files.put(content)).param("s", size).param("id", id).update();
        });
    }

    public Optional<byte[]> file(long id) {
        return jdbc.sql("select file_key from document where id = :id and file_key is not null").param("id", id)
                .query(String.class).optional().map(files::read);
    }

    /** A document as the register stores it: its parsed number, type, date and texts, and the unit that keeps it. */
    private record Valid(String numberSymbol, int number, DocumentType typeCode, String issuerSymbol, LocalDate issuedOn,
                         String issuer, String summary, String summaryFolded, Unit unit, boolean outgoing, String signer,
                         String originPath, String originLabel) {
    }

    private Valid validate(DocumentCommand c, Long id, Unit unit) {
        DocumentNumber number = DocumentNumber.parse(c.numberSymbol());
        LocalDate on = Check.date("issuedOn", "ngày ban hành văn bản", c.issuedOn());
        if (number.year() != null && number.year() != on.getYear()) {
            throw new DomainException("issuedOn", "Năm trong số ký hiệu (" + number.year() + ") khác năm ban hành (" + on.getYear() + ").");
        }
        String summary = Check.optionalText("summary", "trích yếu", c.summary(), 4000);
        String issuer = Check.optionalText("issuer", "tên cơ quan ban hành", c.issuer(), 300);
        find(number.text(), on).filter(d -> id == null || d.id() != id).ifPresent(d -> {
            throw new DomainException("numberSymbol", "Văn bản " + number.text() + " ngày " + Formats.date(on) + " đã có trong sổ.");
        });
        return new Valid(number.text(), number.number(), c.type() != null ? c.type() : number.type(), number.issuerSymbol(), on,
                issuer, summary, VietnameseText.fold(summary), unit, number.outgoingOf(issuer), null, null, null);
    }
}
