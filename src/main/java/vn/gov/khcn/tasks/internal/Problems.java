package vn.gov.khcn.tasks.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.RowErrors;
import vn.gov.khcn.shared.Formats;

/**
 * The errors of a history file, gathered over all its rows: a word not recognised in a vocabulary column is reported
 * once for the column (its first row, every such word, the rows they are on, and the words accepted), a broken rule
 * once per row.
 */
final class Problems {
    private record Unknown(int firstRow, Set<String> words, List<Integer> rows, String accepted) {
    }

    private final Map<Column, Unknown> unknown = new LinkedHashMap<>();
    private final List<RowErrors.Problem> rules = new ArrayList<>();

    void unknownWord(Column column, int row, String word, String accepted) {
        Unknown u = unknown.computeIfAbsent(column, c -> new Unknown(row, new LinkedHashSet<>(), new ArrayList<>(), accepted));
        u.words().add(word);
        u.rows().add(row);
    }

    void rule(int row, Column column, String message) {
        rules.add(RowErrors.Problem.rule(row, column, message));
    }

    boolean any() {
        return !unknown.isEmpty() || !rules.isEmpty();
    }

    /** Refuses the file with every error gathered, if there is one. */
    void throwIfAny() {
        if (!any()) {
            return;
        }
        List<RowErrors.Problem> all = new ArrayList<>();
        unknown.forEach((column, u) -> all.add(RowErrors.Problem.value(u.firstRow(), column, String.join("\", \"", u.words()),
                u.accepted() + (u.rows().size() > 1 ? " (không nhận ra ở " + Formats.number(u.rows().size()) + " dòng: "
                        + rows(u.rows()) + ")" : ""))));
        all.addAll(rules);
        throw new RowErrors(all);
    }

    private static String rows(List<Integer> rows) {
        List<String> shown = rows.stream().limit(20).map(String::valueOf).toList();
        return String.join(", ", shown) + (rows.size() > 20 ? "…" : "");
    }
}
