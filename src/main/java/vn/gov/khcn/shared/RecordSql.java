package vn.gov.khcn.shared;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The few SQL steps every register repeats: a read by id, insert returning the new id, an update from a typed input,
 * a filtered page. (Input checks are {@link Check}'s; the version is the {@code Register}'s.)
 */
public final class RecordSql {
    private RecordSql() {
    }

    public static long insert(JdbcClient jdbc, String sql, Map<String, ?> params) {
        var kh = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(kh, "id");
        return kh.getKey().longValue();
    }

    /**
     * The one record {@code select} finds with {@code :id} bound to {@code id}: a register's read by id. None is a
     * {@link NotFoundException} naming {@code noun} ("giấy phép").
     */
    public static <T> T get(JdbcClient jdbc, Class<T> type, String select, long id, String noun) {
        return jdbc.sql(select).param("id", id).query(Rows.of(type)).optional().orElseThrow(() -> new NotFoundException(noun, id));
    }

    /** A page of {@code select <cols> from <from> where <where> order by <order>}; params bind the where clause. */
    public static <T> PageResult<T> page(JdbcClient jdbc, Class<T> type, String cols, String from, String where,
                                         Map<String, ?> params, String order, int page, int size) {
        long total = jdbc.sql("select count(*) from " + from + " where " + where).params(params).query(Long.class).single();
        Map<String, Object> p = new HashMap<>(params);
        p.put("lim", size);
        p.put("off", (long) page * size);
        List<T> items = jdbc.sql("select " + cols + " from " + from + " where " + where + " order by " + order
                + " limit :lim offset :off").params(p).query(Rows.of(type)).list();
        return new PageResult<>(items, page, size, total);
    }

    /**
     * The named parameters of a typed input: each component of the record (or bean property) by its name, enums as
     * their names. {@code insert into t(title, title_folded) values (:title, :titleFolded)} binds {@code Valid(title, titleFolded)}.
     */
    public static org.springframework.jdbc.core.namedparam.SqlParameterSource paramsOf(Object input) {
        return paramsOf(input, Map.of());
    }

    /** As {@link #paramsOf(Object)}, with more named values (an {@code :id}) that take precedence. */
    public static org.springframework.jdbc.core.namedparam.SqlParameterSource paramsOf(Object input, Map<String, ?> more) {
        return new org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource(input) {
            @Override
            public boolean hasValue(String name) {
                return more.containsKey(name) || super.hasValue(name);
            }

            @Override
            public Object getValue(String name) {
                Object v = more.containsKey(name) ? more.get(name) : super.getValue(name);
                return v instanceof Enum<?> e ? e.name() : v instanceof Code c ? c.name() : v;
            }
        };
    }

    /** Runs {@code update … where id = :id} with the typed input's values; the register raised the version already. */
    public static void update(JdbcClient jdbc, String sql, long id, Object input) {
        jdbc.sql(sql).paramSource(paramsOf(input, Map.of("id", id))).update();
    }

    /** Inserts a typed input ({@link #paramsOf}) and returns the new row's id. */
    public static long insert(JdbcClient jdbc, String sql, Object input) {
        var kh = new GeneratedKeyHolder();
        jdbc.sql(sql).paramSource(paramsOf(input)).update(kh, "id");
        return kh.getKey().longValue();
    }

    /** Named parameters from alternating names and values; values may be null. */
    public static Map<String, Object> params(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            Object v = kv[i + 1];
            m.put((String) kv[i], v instanceof Enum<?> e ? e.name() : v instanceof Code c ? c.name() : v);
        }
        return m;
    }

    /** "%folded%" for a like-search, or null when nothing is searched. */
    public static String like(String q) {
        return q == null || q.isBlank() ? null : "%" + VietnameseText.fold(q) + "%";
    }
}
