package vn.gov.khcn.reporting;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The figures of one report: per named period (month, ytd) its date range and every indicator's
 * value, each computed exactly once. Every writer (HTML, DOCX, JSON) and every check reads this map
 * and nothing else, so a figure that appears twice prints the same number. An issued report's set is
 * read back from its frozen snapshot.
 */
public final class FigureSet {
    private final Map<String, DateRange> ranges;
    private final Map<String, SortedMap<String, IndicatorValue>> values;
    private final Map<String, String> labels;
    private final Map<String, Map<String, Map<String, String>>> partLabels;
    private final Map<String, PlanValue> plans;

    public FigureSet(Map<String, DateRange> ranges, Map<String, SortedMap<String, IndicatorValue>> values, Map<String, String> labels) {
        this(ranges, values, labels, Map.of());
    }

    /**
     * A set whose breakdown parts have labels: code → dimension → key → label, each dimension's keys in
     * printing order.
     */
    public FigureSet(Map<String, DateRange> ranges, Map<String, SortedMap<String, IndicatorValue>> values, Map<String, String> labels,
                     Map<String, Map<String, Map<String, String>>> partLabels) {
        this.ranges = Collections.unmodifiableMap(new LinkedHashMap<>(ranges));
        Map<String, SortedMap<String, IndicatorValue>> v = new LinkedHashMap<>();
        ranges.keySet().forEach(p -> v.put(p, Collections.unmodifiableSortedMap(new TreeMap<>(values.getOrDefault(p, new TreeMap<>())))));
        this.values = Collections.unmodifiableMap(v);
        this.labels = Collections.unmodifiableMap(new TreeMap<>(labels));
        Map<String, Map<String, Map<String, String>>> pl = new TreeMap<>();
        partLabels.forEach((code, dims) -> {
            Map<String, Map<String, String>> d = new TreeMap<>();
            dims.forEach((dim, keys) -> d.put(dim, Collections.unmodifiableMap(new LinkedHashMap<>(keys))));
            pl.put(code, Collections.unmodifiableMap(d));
        });
        this.partLabels = Collections.unmodifiableMap(pl);
        this.plans = Map.of();
    }

    private FigureSet(FigureSet f, Map<String, PlanValue> plans) {
        this.ranges = f.ranges;
        this.values = f.values;
        this.labels = f.labels;
        this.partLabels = f.partLabels;
        this.plans = Collections.unmodifiableMap(new TreeMap<>(plans));
    }

    /** The same figures with the year's plans, by the figure each is for ("code" or "code.by.DIM.KEY"). */
    public FigureSet withPlans(java.util.Collection<PlanValue> yearPlans) {
        Map<String, PlanValue> m = new TreeMap<>();
        yearPlans.forEach(p -> m.put(p.figure(), p));
        return new FigureSet(this, m);
    }

    /** Every plan of the set, by figure ("code" or "code.by.DIM.KEY"). */
    public Map<String, PlanValue> plans() {
        return plans;
    }

    /**
     * The plan of a figure: "code" (the whole figure) or "code.by.DIM.K1+K2" (parts summed, present only when every
     * part named has a plan); empty when none was entered.
     */
    public Optional<Long> plan(String figure) {
        PlanValue whole = plans.get(figure);
        if (whole != null) {
            return Optional.of(whole.planned());
        }
        int by = figure.indexOf(".by.");
        int dot = by < 0 ? -1 : figure.indexOf('.', by + 4);
        if (dot < 0 || !figure.contains("+")) {
            return Optional.empty();
        }
        String prefix = figure.substring(0, dot + 1);
        long sum = 0;
        for (String k : figure.substring(dot + 1).split("\\+")) {
            PlanValue p = plans.get(prefix + k.strip());
            if (p == null) {
                return Optional.empty();
            }
            sum += p.planned();
        }
        return Optional.of(sum);
    }

    /** Computes every catalogue indicator once per period of the report. */
    public static FigureSet compute(IndicatorCatalogue catalogue, ReportPeriod period) {
        Map<String, SortedMap<String, IndicatorValue>> values = new LinkedHashMap<>();
        Map<String, String> labels = new TreeMap<>();
        Map<String, Map<String, Map<String, String>>> partLabels = new TreeMap<>();
        period.ranges().forEach((name, range) -> {
            SortedMap<String, IndicatorValue> m = new TreeMap<>();
            catalogue.all().forEach((code, ind) -> {
                IndicatorValue v = ind.compute(range);
                m.put(code, v);
                labels.put(code, ind.label());
                v.by().keySet().forEach(dim -> partLabels.computeIfAbsent(code, c -> new TreeMap<>())
                        .computeIfAbsent(dim, ind::labels));
            });
            values.put(name, m);
        });
        return new FigureSet(period.ranges(), values, labels, partLabels);
    }

    public Map<String, DateRange> ranges() {
        return ranges;
    }

    public Optional<DateRange> range(String period) {
        return Optional.ofNullable(ranges.get(period));
    }

    public SortedMap<String, IndicatorValue> values(String period) {
        return values.getOrDefault(period, Collections.emptySortedMap());
    }

    public Optional<IndicatorValue> get(String period, String code) {
        return Optional.ofNullable(values(period).get(code));
    }

    public boolean has(String code) {
        return labels.containsKey(code);
    }

    public String label(String code) {
        return labels.getOrDefault(code, code);
    }

    /** The labels of an indicator's dimension, key → label in printing order; empty when it has none. */
    public Map<String, String> partLabels(String code, String dimension) {
        return partLabels.getOrDefault(code, Map.of()).getOrDefault(dimension, Map.of());
    }
}
