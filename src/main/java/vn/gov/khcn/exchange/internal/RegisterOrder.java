package vn.gov.khcn.exchange.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.khcn.exchange.spi.RegisterSheet;
import vn.gov.khcn.shared.VietnameseText;

/**
 * The order registers are offered in (the exchange page, the template list): a register comes after the registers
 * its rows name ({@code requires}), the most referred-to first; registers are then grouped by area, each area where
 * its first register stands.
 */
public final class RegisterOrder {
    private RegisterOrder() {
    }

    public static List<RegisterSheet<?>> sort(List<? extends RegisterSheet<?>> sheets) {
        Map<String, RegisterSheet<?>> byKey = new LinkedHashMap<>();
        sheets.forEach(s -> byKey.put(s.spec().key(), s));
        Map<String, Integer> dependents = new LinkedHashMap<>();
        byKey.keySet().forEach(k -> dependents.put(k, 0));
        for (RegisterSheet<?> s : byKey.values()) {
            for (String r : s.spec().requires()) {
                if (!byKey.containsKey(r)) {
                    throw new IllegalStateException(s.spec().key() + " requires the unknown register " + r);
                }
                dependents.merge(r, 1, Integer::sum);
            }
        }
        Comparator<RegisterSheet<?>> first = Comparator.<RegisterSheet<?>>comparingInt(s -> -dependents.get(s.spec().key()))
                .thenComparing(s -> s.spec().title(), VietnameseText.collator());
        List<RegisterSheet<?>> ordered = new ArrayList<>();
        List<RegisterSheet<?>> left = new ArrayList<>(byKey.values());
        while (!left.isEmpty()) {
            RegisterSheet<?> next = left.stream()
                    .filter(s -> s.spec().requires().stream().allMatch(r -> ordered.stream().anyMatch(o -> o.spec().key().equals(r))))
                    .min(first).orElseThrow(() -> new IllegalStateException("Registers require each other: " + left));
            ordered.add(next);
            left.remove(next);
        }
        Map<String, List<RegisterSheet<?>>> byArea = new LinkedHashMap<>();
        ordered.forEach(s -> byArea.computeIfAbsent(s.spec().area(), a -> new ArrayList<>()).add(s));
        return byArea.values().stream().flatMap(List::stream).toList();
    }
}
