package vn.gov.khcn.investment;

import java.time.LocalDate;
import vn.gov.khcn.shared.Unit;

/**
 * A project as a form or the API sends it; amounts in VND, {@code endOn} empty while the project runs.
 * {@code version}: the version read, required to change a saved project; {@code reason}: why, when its start or end
 * lies in an issued report's period.
 */
public record ProjectCommand(String name, Long totalInvestment, LocalDate startOn, LocalDate endOn, String progressNotes, Unit unit,
                             Integer version, String reason) {
    /** A new project (no version, no reason). */
    public static ProjectCommand of(String name, Long totalInvestment, LocalDate startOn, LocalDate endOn, String progressNotes, Unit unit) {
        return new ProjectCommand(name, totalInvestment, startOn, endOn, progressNotes, unit, null, null);
    }
}
