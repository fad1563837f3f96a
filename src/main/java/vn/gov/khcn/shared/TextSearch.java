package vn.gov.khcn.shared;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * What a search box means: the words typed, diacritics and case ignored, each found somewhere in the record, in any
 * order. "trung tam y te hoa an" finds "Trung tâm Y tế huyện Hòa An"; "ke hoach 1161" finds the plan numbered 1161
 * whose summary says "kế hoạch". The register's SQL gets the same rule from {@link #condition}.
 */
public final class TextSearch {
    /** At most this many words of a query are used (a long paste is not a long query). */
    public static final int MAX_WORDS = 8;

    private TextSearch() {
    }

    /** The folded words of a query, each once, in the order typed: "Hòa  An hoà" → [hoa, an]; none for blank. */
    public static List<String> words(String q) {
        String folded = VietnameseText.fold(q);
        if (folded == null || folded.isEmpty()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String w : folded.split(" ")) {
            if (!w.isEmpty() && out.size() < MAX_WORDS) {
                out.add(w);
            }
        }
        return List.copyOf(out);
    }

    /** Whether every word of the query occurs in one of the texts (folded); a blank query matches everything. */
    public static boolean matches(String q, String... texts) {
        List<String> folded = new ArrayList<>();
        for (String t : texts) {
            if (t != null) {
                folded.add(VietnameseText.fold(t));
            }
        }
        return words(q).stream().allMatch(w -> folded.stream().anyMatch(t -> t.contains(w)));
    }

    /**
     * A SQL condition that holds when every word of {@code q} is in at least one of the (already folded) column
     * expressions, binding the words as {@code :<prefix>0}, {@code :<prefix>1}… into {@code params}; "1 = 1" when
     * nothing is searched.
     */
    public static String condition(String q, String prefix, Map<String, Object> params, String... foldedColumns) {
        List<String> words = words(q);
        if (words.isEmpty()) {
            return "1 = 1";
        }
        StringJoiner all = new StringJoiner(" and ", "(", ")");
        for (int i = 0; i < words.size(); i++) {
            String name = prefix + i;
            params.put(name, "%" + words.get(i) + "%");
            StringJoiner any = new StringJoiner(" or ", "(", ")");
            for (String c : foldedColumns) {
                any.add(c + " like :" + name);
            }
            all.add(any.toString());
        }
        return all.toString();
    }

    /**
     * A column of upper- and lower-case text (a number and symbol such as "15/QĐ-UBND") folded in SQL the way
     * {@link VietnameseText#fold} folds it, as far as such text goes: lower case, đ as d.
     */
    public static String foldedSymbol(String column) {
        return "lower(replace(replace(" + column + ", 'Đ', 'D'), 'đ', 'd'))";
    }
}
