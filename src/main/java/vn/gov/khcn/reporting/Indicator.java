package vn.gov.khcn.reporting;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One figure of a report, defined once (see the spec's indicators.md): a stable code, a Vietnamese
 * label, the breakdown dimensions it has, and its definition over a period. {@code partLabels} gives,
 * for a dimension, the labels of its keys in their printing order ("EXCELLENT" → "Xuất sắc", …), read
 * from the same vocabulary the records use; a report prints a breakdown part by its label.
 */
public record Indicator(String code, String label, List<String> dimensions, Function<DateRange, IndicatorValue> definition,
                        Function<String, Map<String, String>> partLabels) {
    public Indicator {
        partLabels = partLabels == null ? d -> Map.of() : partLabels;
    }

    /** An indicator whose parts have no labels (printed by their keys). */
    public Indicator(String code, String label, List<String> dimensions, Function<DateRange, IndicatorValue> definition) {
        this(code, label, dimensions, definition, null);
    }

    public IndicatorValue compute(DateRange period) {
        return definition.apply(period);
    }

    /** The labels of a dimension's keys, in printing order; empty when it has none. */
    public Map<String, String> labels(String dimension) {
        Map<String, String> m = partLabels.apply(dimension);
        return m == null ? Map.of() : m;
    }
}
