package vn.gov.khcn.technology;

import java.time.LocalDate;
import java.util.List;

/**
 * A collective mark, certification mark or geographical indication of a local specialty; {@code builtOn}: the day its building
 * was completed (its protection title granted or its building project accepted), null while it is being built or unknown.
 */
public record CollectiveMark(long id, String name, MarkKind kind, String product, String holder, MarkStatus status, int version,
                             LocalDate builtOn) {
    /** The date reports count it by ({@code ip.marksBuilt}): the day its building was completed, if any. */
    public List<LocalDate> reportDates() {
        return builtOn == null ? List.of() : List.of(builtOn);
    }
}
