package vn.gov.khcn.exchange.spi;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A register filled one record at a time through its own façade (its rules, access checks and audit). A row whose
 * identity ({@link #identity}) appeared earlier in the file or is already in the register is skipped, so
 * re-importing a file changes nothing. A sheet says how a row is found in the register, created and exported either
 * in its constructor ({@link #existsWhen}, {@link #createdBy}, {@link #exportedBy}) or by overriding
 * {@link #exists}, {@link #create} and {@link #export}.
 */
public abstract class RecordImport<Q> implements RegisterSheet<Q> {
    private final RegisterSpec spec;
    private final Class<Q> queryType;
    private final Function<ImportRow, String> identity;
    private Predicate<ImportRow> exists;
    private BiConsumer<ImportRow, ImportContext> create;
    private BiConsumer<Q, Consumer<Object[]>> export;

    /**
     * A register whose rows are the same record when the {@code identity} columns hold the same values (by default
     * the first column: a code, number, serial or name unique in the register).
     */
    protected RecordImport(RegisterSpec spec, Class<Q> queryType, Column... identity) {
        this.spec = spec;
        this.queryType = queryType;
        Column[] key = identity.length == 0 ? new Column[] {spec.columns().get(0)} : identity;
        this.identity = row -> row.key(key);
    }

    /** A register whose rows are the same record when {@code identity} makes the same text of them. */
    protected RecordImport(RegisterSpec spec, Class<Q> queryType, Function<ImportRow, String> identity) {
        this.spec = spec;
        this.queryType = queryType;
        this.identity = identity;
    }

    @Override
    public final RegisterSpec spec() {
        return spec;
    }

    @Override
    public final Class<Q> queryType() {
        return queryType;
    }

    /** What makes two rows the same record: by default the identity given to the constructor. */
    protected String identity(ImportRow row) {
        return identity.apply(row);
    }

    /** Whether the register already holds the row's record: by default as {@link #existsWhen} says. */
    protected boolean exists(ImportRow row) {
        return exists.test(row);
    }

    /**
     * Creates the row's record through the register's façade, passing {@code context.reason()} as the reason of a
     * record dated in an issued period; a broken register rule is a {@link vn.gov.khcn.shared.DomainException}. By
     * default as {@link #createdBy} says.
     */
    protected void create(ImportRow row, ImportContext context) {
        create.accept(row, context);
    }

    /** Streams the records {@code query} selects as template rows: by default as {@link #exportedBy} says. */
    @Override
    public void export(Q query, Consumer<Object[]> sink) {
        export.accept(query, sink);
    }

    /** How the register is asked whether it already holds a row's record (see {@link #exists}). */
    protected final void existsWhen(Predicate<ImportRow> exists) {
        this.exists = exists;
    }

    /** How a row's record is created through the register's façade (see {@link #create}). */
    protected final void createdBy(BiConsumer<ImportRow, ImportContext> create) {
        this.create = create;
    }

    /** How the records a list query selects are written as template rows (see {@link #export}). */
    protected final void exportedBy(BiConsumer<Q, Consumer<Object[]>> export) {
        this.export = export;
    }

    @Override
    public RowWriter open(long importId, String reason) {
        Map<String, Integer> seen = new HashMap<>();
        ImportContext lookups = new ImportContext(reason);
        return new RowWriter() {
            private String reason;

            @Override
            public boolean write(ImportRow row) {
                Integer first = seen.putIfAbsent(identity(row), row.rowNumber());
                if (first != null) {
                    reason = "trùng dòng " + first + " của tệp (" + spec.duplicateRule() + ")";
                    return false;
                }
                if (exists(row)) {
                    reason = "đã có trong sổ (" + spec.duplicateRule() + ")";
                    return false;
                }
                create(row, lookups);
                return true;
            }

            @Override
            public String skipReason() {
                return reason;
            }
        };
    }
}
