package vn.gov.khcn.shared;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.util.Comparator;

/** Vietnamese text: NFC normalisation, diacritic-free folding for search, and collation. */
public final class VietnameseText {
    private static final ThreadLocal<Transliterator> FOLD =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));

    private VietnameseText() {
    }

    /** The text in NFC with surrounding blanks removed; null stays null, blank becomes null. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFC).strip();
        return t.isEmpty() ? null : t;
    }

    /** "Lê Đông Khê" → "le dong khe": what the search columns hold and what queries are folded to. */
    public static String fold(String s) {
        if (s == null) {
            return null;
        }
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        return FOLD.get().transliterate(nfc).replaceAll("\\s+", " ").strip();
    }

    /** Orders strings as a Vietnamese reader expects (a, ă, â, b, … đ after d). */
    public static Comparator<String> collator() {
        Collator c = Collator.getInstance(new ULocale("vi"));
        return (a, b) -> c.compare(a, b);
    }
}
