package vn.gov.khcn.reporting;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.khcn.shared.DomainException;

/**
 * The signer's title as Nghị định 30/2020 (Điều 13 and Phụ lục I) prints it: one line ("GIÁM ĐỐC", "Q. GIÁM ĐỐC"),
 * or two when someone signs for the head — ký thay ("KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC"), thừa lệnh ("TL. GIÁM ĐỐC" /
 * "CHÁNH VĂN PHÒNG"), thừa ủy quyền ("TUQ. GIÁM ĐỐC" / …) or thay mặt a collective body ("TM. …" / "CHỦ TỊCH").
 * The first line names the authority, the second the signer's own position.
 */
public final class SignerTitle {
    private static final Pattern FOR_SOMEONE = Pattern.compile("^(KT|TL|TUQ|TM)\\.?\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTING = Pattern.compile("^Q\\.?\\s+(.+)$", Pattern.CASE_INSENSITIVE);

    private SignerTitle() {
    }

    /**
     * The title's lines, stripped, with the form's abbreviation written as the decree writes it ("kt giám đốc" →
     * "KT. giám đốc"); refused, in words, when the lines do not make one of the decree's forms.
     *
     * @param field the form field the message is for
     */
    public static List<String> lines(String text, String field) {
        List<String> lines = text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty()) {
            return lines;
        }
        if (lines.size() > 2) {
            throw new DomainException(field, "Chức vụ người ký có nhiều nhất hai dòng (ví dụ \"KT. GIÁM ĐỐC\" và \"PHÓ GIÁM ĐỐC\").");
        }
        Matcher forSomeone = FOR_SOMEONE.matcher(lines.get(0));
        if (forSomeone.matches()) {
            String form = forSomeone.group(1).toUpperCase(Locale.ROOT);
            if (lines.size() < 2) {
                throw new DomainException(field, "Khi ký " + name(form) + " (" + form + "), dòng thứ hai ghi chức vụ của người ký, ví dụ \""
                        + form + ". " + forSomeone.group(2) + "\" rồi \"" + example(form) + "\".");
            }
            return List.of(form + ". " + forSomeone.group(2), lines.get(1));
        }
        Matcher acting = ACTING.matcher(lines.get(0));
        String first = acting.matches() ? "Q. " + acting.group(1) : lines.get(0);
        if (lines.size() == 2) {
            throw new DomainException(field, "Hai dòng chức vụ chỉ dùng khi ký thay (KT.), thừa lệnh (TL.), thừa ủy quyền (TUQ.) "
                    + "hoặc thay mặt (TM.): dòng đầu bắt đầu bằng một trong các chữ đó, ví dụ \"KT. GIÁM ĐỐC\" rồi \"PHÓ GIÁM ĐỐC\".");
        }
        return List.of(first);
    }

    private static String name(String form) {
        return switch (form) {
            case "KT" -> "thay";
            case "TL" -> "thừa lệnh";
            case "TUQ" -> "thừa ủy quyền";
            default -> "thay mặt";
        };
    }

    private static String example(String form) {
        return switch (form) {
            case "KT" -> "PHÓ GIÁM ĐỐC";
            case "TL", "TUQ" -> "CHÁNH VĂN PHÒNG";
            default -> "CHỦ TỊCH";
        };
    }
}
