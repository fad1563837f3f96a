package vn.gov.khcn.reporting;

import java.util.List;
import java.util.function.Function;

/**
 * One figure of a report, defined once (see the spec's indicators.md): a stable code, a Vietnamese
 * label, the breakdown dimensions it has, and its definition over a period.
 */
public record Indicator(String code, String label, List<String> dimensions, Function<DateRange, IndicatorValue> definition) {
    public IndicatorValue compute(DateRange period) {
        return definition.apply(period);
    }
}
