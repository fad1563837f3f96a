package vn.gov.khcn.records;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import vn.gov.khcn.shared.Unit;

/**
 * A kind of record a register keeps, described once: its name in the audit trail, its Vietnamese noun for
 * messages ("giấy phép"), the table that holds it (with {@code id} and {@code version} columns), the unit that owns
 * a record, and the dates of a record that count in reports (the period locks read them).
 *
 * @param auditName   the audit trail's entity type, e.g. "licence"
 * @param noun        what a clerk calls one, e.g. "giấy phép"
 * @param table       the table, e.g. "radiation_licence"
 * @param owner       the unit whose staff keep a record
 * @param reportDates the dates of a record that reports count it by (none: the record is not dated)
 * @param label       how a record is named in messages, e.g. its number
 */
public record RecordType<T>(String auditName, String noun, String table, Function<T, Unit> owner,
                            Function<T, Collection<LocalDate>> reportDates, Function<T, String> label) {
    public RecordType {
        Objects.requireNonNull(auditName);
        Objects.requireNonNull(noun);
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException(table);
        }
    }

    /** A kind of record owned by one unit whatever its content. */
    public static <T> RecordType<T> of(String auditName, String noun, String table, Unit owner,
                                       Function<T, Collection<LocalDate>> reportDates, Function<T, String> label) {
        return new RecordType<>(auditName, noun, table, r -> owner, reportDates, label);
    }

    /** No dates that reports count by. */
    public static <T> Function<T, Collection<LocalDate>> undated() {
        return r -> List.of();
    }
}
