package vn.gov.khcn.radiation;

import java.time.LocalDate;

/**
 * How and when a dossier being resolved was resolved. {@code version}: the version of the dossier read (required);
 * {@code reason}: why, when the resolution lies in an issued report's period.
 */
public record DossierResolution(LocalDate resolvedOn, DossierOutcome outcome, Integer version, String reason) {
}
