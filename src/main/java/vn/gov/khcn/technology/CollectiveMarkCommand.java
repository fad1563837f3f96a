package vn.gov.khcn.technology;

import java.time.LocalDate;

/**
 * A collective mark, certification mark or geographical indication as a form or the API sends it. {@code version}:
 * the version read, required to correct a saved one; {@code builtOn}: the day its building was completed (none yet: null);
 * {@code reason}: why, when that day lies in an issued report's period.
 */
public record CollectiveMarkCommand(String name, MarkKind kind, String product, String holder, MarkStatus status, Integer version,
                                    LocalDate builtOn, String reason) {
    /** A mark as a client that does not date its building sends it. */
    public CollectiveMarkCommand(String name, MarkKind kind, String product, String holder, MarkStatus status, Integer version) {
        this(name, kind, product, holder, status, version, null, null);
    }

    /** A new mark or indication. */
    public static CollectiveMarkCommand of(String name, MarkKind kind, String product, String holder, MarkStatus status) {
        return new CollectiveMarkCommand(name, kind, product, holder, status, null);
    }

    /** A new mark or indication, built on that day. */
    public static CollectiveMarkCommand built(String name, MarkKind kind, String product, String holder, MarkStatus status, LocalDate builtOn) {
        return new CollectiveMarkCommand(name, kind, product, holder, status, null, builtOn, null);
    }
}
