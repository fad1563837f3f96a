package vn.gov.khcn.documents;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.khcn.shared.DomainException;

/**
 * A document's number and symbol, parsed and validated: "1161/TTr-SKH&CN" is number 1161, type TTr,
 * issuer symbol SKH&CN. Legal documents carry the year ("24/2020/QĐ-UBND"). An official letter has no
 * type abbreviation: "1155/SKH&CN-QL&CN&SHTT" is a Công văn of SKH&CN drafted by QL&CN&SHTT.
 */
public record DocumentNumber(String text, int number, Integer year, DocumentType type, String issuerSymbol) {
    private static final Pattern FORM = Pattern.compile("(\\d{1,6})/(?:(\\d{4})/)?([\\p{L}&.]+)-([\\p{L}\\d&.\\-]+)");

    public static DocumentNumber parse(String raw) {
        String t = raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFC).replaceAll("\\s+", "");
        Matcher m = FORM.matcher(t);
        if (!m.matches()) {
            throw new DomainException("numberSymbol", "Số, ký hiệu văn bản \"" + (raw == null ? "" : raw.strip())
                    + "\" không đúng dạng: cần số/loại-cơ quan ban hành, ví dụ 1161/TTr-SKH&CN hoặc 24/2020/QĐ-UBND.");
        }
        int number = Integer.parseInt(m.group(1));
        if (number == 0) {
            throw new DomainException("numberSymbol", "Số văn bản phải lớn hơn 0.");
        }
        Integer year = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        var type = DocumentType.ofCode(m.group(3));
        if (type.isPresent()) {
            return new DocumentNumber(t, number, year, type.get(), m.group(4));
        }
        return new DocumentNumber(t, number, year, DocumentType.OFFICIAL_LETTER, m.group(3));
    }

    /** The department's own symbol in its documents' numbers ("1161/TTr-SKH&CN", "1155/SKH&CN-QL&CN&SHTT"). */
    public static final String DEPARTMENT = "SKH&CN";

    /**
     * How an outgoing document's number prints: at least two digits (Nghị định 30/2020/NĐ-CP: the year's numbers
     * start at 01): "01", "09", "10", "123".
     */
    public static String outgoing(int number) {
        return String.format("%02d", number);
    }

    /**
     * Whether a document so numbered, naming that issuer (blank: the department), is one of the department's
     * outgoing documents: its symbol is the department's, no other issuer is named, and its number carries no year
     * (legal documents, "24/2020/QĐ-…", are numbered in a sequence of their own).
     */
    public boolean outgoingOf(String issuer) {
        return DEPARTMENT.equals(issuerSymbol) && year == null && (issuer == null || issuer.isBlank());
    }

    @Override
    public String toString() {
        return text;
    }
}
