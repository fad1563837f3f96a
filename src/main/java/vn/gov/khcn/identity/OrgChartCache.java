package vn.gov.khcn.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * This node's copy of the org chart: read again when the table's stamp (the count of units plus the sum of their
 * versions) has moved, looked at no more often than every {@code refreshMs}; dropped by a write of this node when its
 * transaction ends. A node that cannot read the table keeps the copy it has.
 */
final class OrgChartCache {
    private static final Logger log = LoggerFactory.getLogger(OrgChartCache.class);
    private final JdbcClient jdbc;
    private final long refreshNanos;
    private volatile Chart chart;
    private volatile long checkedAt;

    /** One reading of the tables. */
    record Chart(long stamp, Map<String, DepartmentUnit> units, Map<String, String> keepers, List<String> active) {
    }

    private static final Chart EMPTY = new Chart(-1, Map.of(), Map.of(), List.of());

    OrgChartCache(JdbcClient jdbc, long refreshMs) {
        this.jdbc = jdbc;
        this.refreshNanos = refreshMs * 1_000_000L;
    }

    Chart chart() {
        Chart c = chart;
        long now = System.nanoTime();
        if (c != null && now - checkedAt < refreshNanos) {
            return c;
        }
        try {
            long stamp = stamp();
            if (c == null || c.stamp() != stamp) {
                c = load(stamp);
                chart = c;
            }
            checkedAt = now;
        } catch (RuntimeException e) {
            if (c == null) {
                return EMPTY;
            }
            log.warn("Không đọc được sơ đồ tổ chức, dùng bản đã có: {}", e.getMessage());
        }
        return c;
    }

    private long stamp() {
        return jdbc.sql("select count(*) + coalesce(sum(version), 0) from department_unit").query(Long.class).single();
    }

    private Chart load(long stamp) {
        Map<String, List<String>> kept = new HashMap<>();
        Map<String, String> keepers = new LinkedHashMap<>();
        jdbc.sql("select register_key, unit_code from department_unit_register order by register_key").query((rs, i) -> {
            kept.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(1));
            keepers.put(rs.getString(1), rs.getString(2));
            return null;
        }).list();
        Map<String, DepartmentUnit> units = new LinkedHashMap<>();
        List<String> active = new ArrayList<>();
        jdbc.sql("select id, code, name, short_name, position, retired, version from department_unit order by position, code")
                .query((rs, i) -> new DepartmentUnit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getBoolean(6), List.copyOf(kept.getOrDefault(rs.getString(2), List.of())), rs.getInt(7)))
                .list().forEach(u -> {
                    units.put(u.code(), u);
                    if (!u.retired()) {
                        active.add(u.code());
                    }
                });
        return new Chart(stamp, Map.copyOf(units), Map.copyOf(keepers), List.copyOf(active));
    }

    /** Drops this node's copy now and again when the writing transaction ends (other nodes see the stamp move). */
    void invalidate() {
        chart = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    chart = null;
                }
            });
        }
    }
}
