package vn.gov.khcn.exchange.spi;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** A vocabulary in a sheet: the labels a clerk sees in a choice column, and the value a label stands for. */
public final class Labels {
    private Labels() {
    }

    /** The labels of a vocabulary, in order, for a choice column. */
    public static <E> List<String> labels(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(label).toList();
    }

    /** The value whose label is {@code text} (validated already by the column's choices); null for a blank cell. */
    public static <E> E byLabel(E[] values, Function<E, String> label, String text) {
        if (text == null) {
            return null;
        }
        return Arrays.stream(values).filter(v -> label.apply(v).equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(text));
    }
}
