package vn.gov.khcn.reporting;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Every indicator the registers contribute, by code. Built once from the {@link IndicatorProvider}
 * beans; a code given twice stops the application at start-up.
 */
@Component
public class IndicatorCatalogue {
    private final SortedMap<String, Indicator> byCode = new TreeMap<>();

    public IndicatorCatalogue(List<IndicatorProvider> providers) {
        for (IndicatorProvider p : providers) {
            for (Indicator i : p.indicators()) {
                Indicator before = byCode.putIfAbsent(i.code(), i);
                if (before != null) {
                    throw new IllegalStateException("Indicator code " + i.code() + " is defined twice (last by "
                            + p.getClass().getName() + ")");
                }
            }
        }
    }

    public Optional<Indicator> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public String label(String code) {
        Indicator i = byCode.get(code);
        return i == null ? code : i.label();
    }

    public SortedMap<String, Indicator> all() {
        return Collections.unmodifiableSortedMap(byCode);
    }
}
