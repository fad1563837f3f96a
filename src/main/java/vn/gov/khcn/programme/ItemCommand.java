package vn.gov.khcn.programme;

import java.time.LocalDate;
import java.util.List;
import vn.gov.khcn.shared.Unit;

/**
 * An assigned item as a form or the API sends it; {@code documentIds} are its outcome documents. {@code version}:
 * the version read, required to correct a saved item; {@code reason}: why, when its programme's month lies in an
 * issued report's period.
 */
public record ItemCommand(Long programmeId, String title, LocalDate deadline, ItemStatus status, String outcome, Unit unit,
                          List<Long> documentIds, Integer version, String reason) {
    /** A new item (no version, no reason). */
    public static ItemCommand of(Long programmeId, String title, LocalDate deadline, ItemStatus status, String outcome, Unit unit,
                                 List<Long> documentIds) {
        return new ItemCommand(programmeId, title, deadline, status, outcome, unit, documentIds, null, null);
    }
}
