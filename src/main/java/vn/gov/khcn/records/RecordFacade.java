package vn.gov.khcn.records;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.khcn.shared.RecordTable;

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
}
