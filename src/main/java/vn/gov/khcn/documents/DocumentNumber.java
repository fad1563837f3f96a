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

    @Override
    public String toString() {
        return text;
    }
}
