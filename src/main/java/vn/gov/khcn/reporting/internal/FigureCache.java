package vn.gov.khcn.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.gov.khcn.identity.AuditTrail;

/**
 * Figures kept while the records behind them are unchanged: a value is kept under the generation of the records
 * ({@link AuditTrail#generation}) read before it was computed, and today's date, and is found again only while both
 * read the same — any committed change of a record, on any node, raises the generation, so a kept figure is never
 * stale. A transaction that has changed records itself computes afresh and keeps nothing (what it reads is not
 * committed). Requests that want the same figure at the same time wait for the one computation. The latest
 * {@value #KEPT} values are kept.
 */
@Component
public class FigureCache {
    static final int KEPT = 64;

    private record Key(Object what, long generation, LocalDate today) {
    }

    private final AuditTrail audit;
    private final Clock clock;
    private final Map<Key, FutureTask<Object>> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, FutureTask<Object>> eldest) {
            return size() > KEPT;
        }
    };

    FigureCache(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /** The value of {@code what} (a key with equals: the figure and its period), computed by {@code compute} when not kept. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object what, Supplier<T> compute) {
        if (audit.changesPending()) {
            return compute.get();
        }
        Key key = new Key(what, audit.generation(), LocalDate.now(clock));
        FutureTask<Object> task;
        boolean mine = false;
        synchronized (kept) {
            task = kept.get(key);
            if (task == null) {
                task = new FutureTask<>(compute::get);
                kept.put(key, task);
                mine = true;
            }
        }
        if (mine) {
            task.run();
        }
        try {
            return (T) task.get();
        } catch (ExecutionException e) {
            synchronized (kept) {
                kept.remove(key, task);
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Bị ngắt khi chờ tính số liệu.", e);
        }
    }

    /** Forgets every kept value (benchmarks time the computation with it). */
    public void clear() {
        synchronized (kept) {
            kept.clear();
        }
    }
}
