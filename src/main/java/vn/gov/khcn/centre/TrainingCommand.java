package vn.gov.khcn.centre;

import java.time.LocalDate;

/**
 * A training course as a form or the API sends it. {@code version}: the version read, required to change a saved
 * course; {@code reason}: why, when its day lies in an issued report's period.
 */
public record TrainingCommand(String title, String commune, String district, LocalDate heldOn, Integer participants, Integer version,
                              String reason) {
    /** A new course (no version, no reason). */
    public static TrainingCommand of(String title, String commune, String district, LocalDate heldOn, Integer participants) {
        return new TrainingCommand(title, commune, district, heldOn, participants, null, null);
    }
}
