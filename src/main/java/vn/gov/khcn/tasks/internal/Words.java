package vn.gov.khcn.tasks.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.khcn.shared.VietnameseText;

/**
 * A vocabulary of a history sheet's column: the words a clerk may write for each value (its label, its code, a short
 * name), matched without regard to case or diacritics, and the labels listed when a word is not recognised.
 */
final class Words<T> {
    private final Map<String, T> byWord = new LinkedHashMap<>();
    private final List<String> accepted;

    Words(List<String> accepted) {
        this.accepted = List.copyOf(accepted);
    }

    /** Adds the words standing for {@code value}; a word already taken keeps its first value. */
    Words<T> add(T value, String... words) {
        for (String w : words) {
            if (w != null) {
                byWord.putIfAbsent(VietnameseText.fold(w).strip(), value);
            }
        }
        return this;
    }

    /** The value {@code word} stands for, or null. */
    T find(String word) {
        return word == null ? null : byWord.get(VietnameseText.fold(word).strip());
    }

    /** What the column accepts, in words, for the error naming a word not recognised. */
    String accepted() {
        return "một trong: " + String.join("; ", accepted) + " (tên hoặc mã)";
    }
}
