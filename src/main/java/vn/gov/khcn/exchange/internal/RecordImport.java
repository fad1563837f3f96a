package vn.gov.khcn.exchange.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import vn.gov.khcn.exchange.ImportRow;
import vn.gov.khcn.exchange.RegisterImport;
import vn.gov.khcn.exchange.RegisterSpec;
import vn.gov.khcn.exchange.RowWriter;

/**
 * A register filled one record at a time through its own service (its rules, access checks and audit). A row
 * whose identity ({@link #identity}) appeared earlier in the file or is already in the register is skipped,
 * so re-importing a file changes nothing.
 */
abstract class RecordImport implements RegisterImport {
    private final RegisterSpec spec;
    private final Supplier<Lookups> lookups;

    /** A register whose rows need no look-ups. */
    RecordImport(RegisterSpec spec) {
        this(spec, () -> null);
    }

    /** {@code lookups} makes the name-to-id caches of one import (organisations, documents …). */
    RecordImport(RegisterSpec spec, Supplier<Lookups> lookups) {
        this.spec = spec;
        this.lookups = lookups;
    }

    @Override
    public final RegisterSpec spec() {
        return spec;
    }

    /**
     * What makes two rows the same record, e.g. the code, or the name and date. By default the first column
     * (a code, number, serial or name unique in the register).
     */
    protected String identity(ImportRow row) {
        return row.text(0);
    }

    /** Whether the register already holds the row's record. */
    protected abstract boolean exists(ImportRow row);

    /** Creates the row's record; a broken register rule is a {@link vn.gov.khcn.shared.DomainException}. */
    protected abstract void create(ImportRow row, Lookups lookups);

    @Override
    public RowWriter open(long importId) {
        Map<String, Integer> seen = new HashMap<>();
        Lookups lookups = this.lookups.get();
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
