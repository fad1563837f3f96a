package vn.gov.khcn.drafting;

import java.time.LocalDate;
import vn.gov.khcn.shared.Unit;

/**
 * A draft as a form or the API sends it to open or correct it; {@code begunOn} is the date drafting began.
 * {@code version}: the version read, required to correct a saved draft; {@code reason}: why, when the draft's
 * dates lie in an issued report's period.
 */
public record DraftCommand(String title, DraftBody body, Boolean normative, Unit unit, LocalDate begunOn, Integer version,
                           String reason) {
    /** A new draft (no version, no reason). */
    public static DraftCommand of(String title, DraftBody body, Boolean normative, Unit unit, LocalDate begunOn) {
        return new DraftCommand(title, body, normative, unit, begunOn, null, null);
    }
}
