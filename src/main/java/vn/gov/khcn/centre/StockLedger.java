package vn.gov.khcn.centre;

import java.time.LocalDate;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One product's stock by day: what was produced and what was sold. Stock on hand at the end of a day is everything
 * produced less everything sold up to and including it; it may never fall below zero.
 */
final class StockLedger {
    private final Product product;
    private final TreeMap<LocalDate, Long> produced = new TreeMap<>();
    private final TreeMap<LocalDate, Long> sold = new TreeMap<>();

    StockLedger(Product product) {
        this.product = product;
    }

    StockLedger produced(LocalDate day, long quantity) {
        produced.merge(day, quantity, Long::sum);
        return this;
    }

    StockLedger sold(LocalDate day, long quantity) {
        sold.merge(day, quantity, Long::sum);
        return this;
    }

    /** The stock at the end of {@code day}. */
    Stock on(LocalDate day) {
        long in = upTo(produced, day);
        long out = upTo(sold, day);
        return new Stock(product.id(), product.name(), product.uom(), in, out, in - out);
    }

    /** The first day at whose end more had been sold than produced; empty when the stock never falls below zero. */
    Optional<LocalDate> firstShortfall() {
        TreeSet<LocalDate> days = new TreeSet<>(produced.keySet());
        days.addAll(sold.keySet());
        long onHand = 0;
        for (LocalDate d : days) {
            onHand += produced.getOrDefault(d, 0L) - sold.getOrDefault(d, 0L);
            if (onHand < 0) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private static long upTo(TreeMap<LocalDate, Long> byDay, LocalDate day) {
        return byDay.headMap(day, true).values().stream().mapToLong(Long::longValue).sum();
    }
}
