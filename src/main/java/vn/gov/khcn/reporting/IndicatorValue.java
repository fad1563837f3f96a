package vn.gov.khcn.reporting;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import vn.gov.khcn.documents.DocumentRef;

/**
 * A figure over a period: its value (null where the parts are in different units), its breakdowns
 * (dimension → key → count; the parts of each dimension add up to the value), names the sentence
 * lists (districts, communes, products…), the documents cited by the counted events (footnotes), and
 * the records behind it (the same query that computed it).
 */
public record IndicatorValue(Long value, SortedMap<String, SortedMap<String, Long>> by, List<String> names,
                             List<DocumentRef> citations, List<RecordRef> records) {

    public IndicatorValue {
        by = by == null ? new TreeMap<>() : by;
        names = names == null ? List.of() : List.copyOf(names);
        citations = citations == null ? List.of() : List.copyOf(citations);
        records = records == null ? List.of() : List.copyOf(records);
    }

    /** A count of the records given, with no breakdown. */
    public static IndicatorValue count(List<RecordRef> records) {
        return new IndicatorValue((long) records.size(), null, null, null, records);
    }

    /** The part of a breakdown, 0 when the key has none. */
    public long part(String dimension, String key) {
        Map<String, Long> d = by.get(dimension);
        return d == null ? 0 : d.getOrDefault(key, 0L);
    }
}
