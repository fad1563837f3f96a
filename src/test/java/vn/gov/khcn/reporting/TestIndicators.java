package vn.gov.khcn.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A test-only register: dated events held in memory, contributing "test.events" (a count with a
 * breakdown by kind) and "test.broken" (whose breakdown does not add up while {@link #broken} is set).
 */
@TestConfiguration
public class TestIndicators {
    public static final List<LocalDate> EVENTS = new CopyOnWriteArrayList<>();
    public static volatile boolean broken;

    @Bean
    IndicatorProvider testIndicatorProvider() {
        return () -> List.of(
                new Indicator("test.events", "Sự kiện thử", List.of("kind"), p -> {
                    List<RecordRef> refs = EVENTS.stream().filter(p::contains)
                            .map(d -> new RecordRef("test-event", d.toEpochDay(), "Sự kiện ngày " + d, "/test/" + d.toEpochDay())).toList();
                    var by = new TreeMap<String, java.util.SortedMap<String, Long>>();
                    by.put("kind", new TreeMap<>(Map.of("A", (long) refs.size())));
                    return new IndicatorValue((long) refs.size(), refs.isEmpty() ? null : by, null, null, refs);
                }),
                new Indicator("test.broken", "Chỉ tiêu lệch", List.of("kind"), p -> {
                    var by = new TreeMap<String, java.util.SortedMap<String, Long>>();
                    by.put("kind", new TreeMap<>(Map.of("A", broken ? 1L : 2L)));
                    return new IndicatorValue(2L, by, null, null, null);
                }));
    }
}
