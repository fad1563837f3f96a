package vn.gov.khcn.exchange.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.khcn.documents.Document;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.organisations.Organisation;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;

/**
 * Name-to-value resolution for imports: vocabulary labels to enum constants, organisation names and document
 * citations to ids (cached for one import; an unknown name is a Vietnamese error for that row).
 */
final class Lookups {
    /** "1161/TTr-SKH&CN ngày 08/09/2021": a document's number and symbol, then optionally its date. */
    private static final Pattern CITED = Pattern.compile("(.+?)\\s+ngày\\s+(\\d{1,2}/\\d{1,2}/\\d{4})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private final Organisations organisations;
    private final Documents documents;
    private final Map<String, Object> records = new HashMap<>();
    private final Map<String, Long> documentIds = new HashMap<>();

    Lookups(Organisations organisations) {
        this(organisations, null);
    }

    Lookups(Organisations organisations, Documents documents) {
        this.organisations = organisations;
        this.documents = documents;
    }

    /** The id of the organisation named exactly {@code name}; null for a blank cell. */
    Long organisation(String name, String field, String role) {
        if (name == null) {
            return null;
        }
        Organisation o = record(name, organisations::findByName, field, role,
                "chưa có trong danh mục tổ chức: thêm vào danh mục (hoặc nhập tệp mẫu Tổ chức) trước.");
        return o.id();
    }

    /**
     * The record another register holds under the human key {@code key} (a facility's name, a device's serial…),
     * looked up once per import; none is a Vietnamese error for the row: {@code role} "key" {@code missing}.
     * Null for a blank cell.
     */
    @SuppressWarnings("unchecked")
    <T> T record(String key, Function<String, Optional<T>> finder, String field, String role, String missing) {
        if (key == null) {
            return null;
        }
        return (T) records.computeIfAbsent(role + "\u0000" + key, k -> finder.apply(key).orElseThrow(() ->
                new DomainException(field, role + " \"" + key + "\" " + missing)));
    }

    /** The labels of a vocabulary, in order, for a choice column. */
    static <E> List<String> labels(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(label).toList();
    }

    /** The constant whose label is {@code text} (validated already by the column's choices); null for a blank cell. */
    static <E> E byLabel(E[] values, Function<E, String> label, String text) {
        if (text == null) {
            return null;
        }
        return Arrays.stream(values).filter(v -> label.apply(v).equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(text));
    }

    /** A whole number cell as an int (columns are validated as integers; values beyond int are clamped). */
    static Integer toInt(Long v) {
        return v == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }

    /** How a sheet cites a document, so that it is found again: "1161/TTr-SKH&CN ngày 08/09/2021"; null for none. */
    static String cite(Document d) {
        return d == null ? null : cite(d.numberSymbol(), d.issuedOn());
    }

    static String cite(String numberSymbol, java.time.LocalDate issuedOn) {
        return numberSymbol + " ngày " + Formats.date(issuedOn);
    }

    /** For exports: a document id to its citation ({@link #cite}), each document read once. */
    static Function<Long, String> citations(Documents documents) {
        Map<Long, String> cache = new HashMap<>();
        return id -> id == null ? null : cache.computeIfAbsent(id, k -> cite(documents.find(k).orElse(null)));
    }

    /**
     * The id of the document a cell cites (number and symbol, with "ngày dd/mm/yyyy" when the number alone is not
     * unique); null for a blank cell. A citation not in the document register is a Vietnamese error naming it.
     */
    Long document(String cell, String field, String role) {
        if (cell == null) {
            return null;
        }
        Long id = documentIds.get(cell);
        if (id == null) {
            id = findDocument(cell, field, role);
            documentIds.put(cell, id);
        }
        return id;
    }

    /** The ids of the documents a cell cites, separated by ";" (blank: none). */
    List<Long> documents(String cell, String field, String role) {
        List<Long> ids = new ArrayList<>();
        if (cell != null) {
            for (String part : cell.split(";")) {
                if (!part.isBlank()) {
                    ids.add(document(part.strip(), field, role));
                }
            }
        }
        return ids;
    }

    private Long findDocument(String cell, String field, String role) {
        Matcher m = CITED.matcher(cell);
        String number = m.matches() ? m.group(1).strip() : cell;
        List<Document> found;
        try {
            found = m.matches() ? documents.find(number, Formats.parseDate(field, m.group(2))).map(List::of).orElse(List.of())
                    : documents.findAll(number);
        } catch (DomainException e) {
            throw new DomainException(field, role + " \"" + cell + "\": " + e.getMessage());
        }
        if (found.isEmpty()) {
            throw new DomainException(field, role + " \"" + cell + "\" chưa có trong sổ văn bản: vào sổ văn bản "
                    + "(hoặc nhập tệp mẫu Văn bản) trước.");
        }
        if (found.size() > 1) {
            throw new DomainException(field, role + " \"" + cell + "\": sổ văn bản có " + found.size()
                    + " văn bản cùng số, ký hiệu này; ghi thêm ngày ban hành, ví dụ \"" + cite(found.get(found.size() - 1)) + "\".");
        }
        return found.get(0).id();
    }
}
