package vn.gov.khcn.shared;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How a register reads and writes its table, described once: the record class, the columns and the {@code from}
 * clause of its select, the column a record is found by ({@code l.id}), and the noun that names a missing record
 * ("giấy phép"). A façade keeps one and asks it for a record by id, a filtered page, or the records a condition
 * selects; the SQL is {@code select <cols> from <from> where …}, as each register wrote it before.
 *
 * @param jdbc     the database the table is in
 * @param type     the record a row is read as
 * @param noun     what a missing record is called in the not-found message, e.g. "giấy phép"
 * @param idColumn the id column as the select names it, e.g. "l.id"
 * @param cols     the select list
 * @param from     the table and its joins
 */
public record RecordTable<T>(JdbcClient jdbc, Class<T> type, String noun, String idColumn, String cols, String from) {
    /** {@code select <cols> from <from>}, for a query of the register's own. */
    public String select() {
        return "select " + cols + " from " + from;
    }

    /** The record with that id; none is a {@link NotFoundException} naming the noun. */
    public T get(long id) {
        return RecordSql.get(jdbc, type, select() + " where " + idColumn + " = :id", id, noun);
    }

    /** A page of the records {@code where} selects, in {@code order}; params bind the where clause. */
    public PageResult<T> page(String where, Map<String, ?> params, String order, int page, int size) {
        return RecordSql.page(jdbc, type, cols, from, where, params, order, page, size);
    }

    /** Every record, in {@code order}. */
    public List<T> all(String order) {
        return jdbc.sql(select() + " order by " + order).query(Rows.of(type)).list();
    }

    /** Every record {@code condition} selects ({@code "… order by …"}: the text after {@code where}). */
    public List<T> list(String condition, Map<String, ?> params) {
        return where(condition, params).list();
    }

    /** The first record {@code condition} selects, if any. */
    public Optional<T> first(String condition, Map<String, ?> params) {
        return where(condition, params).stream().findFirst();
    }

    /** The one record {@code condition} selects, if any (more than one is an error: the condition is an identity). */
    public Optional<T> one(String condition, Map<String, ?> params) {
        return where(condition, params).optional();
    }

    private JdbcClient.MappedQuerySpec<T> where(String condition, Map<String, ?> params) {
        return jdbc.sql(select() + " where " + condition).params(params).query(Rows.of(type));
    }

    /** Inserts a typed input ({@link RecordSql#paramsOf}) and returns the new row's id. */
    public long insert(String sql, Object input) {
        return RecordSql.insert(jdbc, sql, input);
    }

    /** Runs {@code update … where id = :id} with the typed input's values. */
    public void update(String sql, long id, Object input) {
        RecordSql.update(jdbc, sql, id, input);
    }
}
