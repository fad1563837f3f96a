package vn.gov.khcn.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.RecordTable;
import vn.gov.khcn.shared.Unit;

/**
 * What a register's façade is built on: its {@link RecordTable} (how it reads its records) and its {@link Register}
 * (how it writes them), and the read by id every register offers. The façade adds its own queries, rules and SQL.
 */
public abstract class RecordFacade<T> {
    /** How the register reads its table. */
    protected final RecordTable<T> table;
    /** How the register writes a record: access, versions, period locks and the audit trail. */
    protected final Register<T> register;
    /** The database the table is in, for the register's own queries. */
    protected final JdbcClient jdbc;

    protected RecordFacade(RecordWrites writes, RecordType<T> type, RecordTable<T> table) {
        this.table = table;
        this.jdbc = table.jdbc();
        this.register = writes.register(type, table::get);
    }

    /** The record with that id; none is a {@link vn.gov.khcn.shared.NotFoundException} naming what the register keeps. */
    public T get(long id) {
        return table.get(id);
    }

    /**
     * Adds a record through the register: {@code valid} checks and cleans the input (run once the register has
     * checked access and taken its turn) and {@code insertSql} stores the checked values.
     */
    protected T insertRecord(Unit owner, String reason, String duplicate, String insertSql, Supplier<?> valid) {
        return insertRecord(owner, reason, duplicate, "CREATE", insertSql, valid);
    }

    /** As {@link #insertRecord(Unit, String, String, String, Supplier)}, audited as {@code action} (a domain verb). */
    protected T insertRecord(Unit owner, String reason, String duplicate, String action, String insertSql, Supplier<?> valid) {
        return register.add(owner, reason, duplicate, action, () -> table.insert(insertSql, valid.get()));
    }

    /** Changes a record through the register: {@code updateSql} ({@code … where id = :id}) stores the checked values. */
    protected T updateRecord(long id, Integer version, String reason, String updateSql, Supplier<?> valid) {
        return register.change(id, version, reason, before -> table.update(updateSql, id, valid.get()));
    }

    /**
     * A page of the records whose folded text column ({@code foldedColumn}) holds the search text {@code q} and whose
     * date ({@code dateColumn}) falls in {@code year}; either left empty selects all.
     */
    protected PageResult<T> pageByTextAndYear(String foldedColumn, String q, String dateColumn, Integer year, String order, int page,
            int size) {
        return table.page("(cast(:q as varchar) is null or " + foldedColumn + " like :q) and (cast(:y as integer) is null or extract(year from "
                + dateColumn + ") = :y)", RecordSql.params("q", RecordSql.like(q), "y", year), order, page, size);
    }

    /** A page of the records whose date ({@code dateColumn}) falls in {@code year}; no year selects all. */
    protected PageResult<T> pageInYear(String dateColumn, Integer year, String order, int page, int size) {
        return table.page("(cast(:y as integer) is null or extract(year from " + dateColumn + ") = :y)", RecordSql.params("y", year), order,
                page, size);
    }

    /** The records whose date ({@code dateColumn}) falls in {@code year} (no year: all), in {@code order}. */
    protected List<T> listInYear(String dateColumn, Integer year, String order) {
        return table.list("(cast(:y as integer) is null or (" + dateColumn + " >= :ys and " + dateColumn + " < :ye)) order by " + order,
                RecordSql.params("y", year, "ys", year == null ? null : LocalDate.of(year, 1, 1), "ye",
                        year == null ? null : LocalDate.of(year + 1, 1, 1)));
    }

    /**
     * Whether a row of {@code tableName} other than {@code id} (null: any row) meets {@code condition}, whose
     * parameters {@code kv} names and values in turn: the register's rule "one record per identity".
     */
    protected boolean anotherHas(String tableName, String condition, Long id, Object... kv) {
        Map<String, Object> params = RecordSql.params(kv);
        params.put("id", id);
        return jdbc.sql("select count(*) from " + tableName + " where " + condition + " and (cast(:id as bigint) is null or id <> :id)")
                .params(params).query(Long.class).single() > 0;
    }
}
