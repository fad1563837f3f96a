package vn.gov.khcn.radiation;

import java.time.LocalDate;

/**
 * A radiation-safety inspection as a form or the API sends it; an empty district is the facility's. {@code version}:
 * the version read, required to correct a saved inspection; {@code reason}: why, when its day lies in an issued
 * report's period.
 */
public record RadiationInspectionCommand(Long facilityId, String district, LocalDate inspectedOn, String findings, Integer version,
                                         String reason) {
    /** A new inspection, outside any issued report's period. */
    public static RadiationInspectionCommand of(Long facilityId, String district, LocalDate inspectedOn, String findings) {
        return new RadiationInspectionCommand(facilityId, district, inspectedOn, findings, null, null);
    }
}
