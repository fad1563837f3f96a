package vn.gov.khcn.radiation;

import java.time.LocalDate;

/**
 * A dossier as a form or the API sends it: received (and, when the resolution is given, resolved). {@code version}:
 * the version read, required to correct a saved dossier; {@code reason}: why, when its resolution lies in an issued
 * report's period.
 */
public record DossierCommand(Long facilityId, String subject, LocalDate receivedOn, LocalDate resolvedOn, DossierOutcome outcome,
                             Integer version, String reason) {
    /** A dossier just received, not yet resolved. */
    public static DossierCommand received(Long facilityId, String subject, LocalDate receivedOn) {
        return new DossierCommand(facilityId, subject, receivedOn, null, null, null, null);
    }
}
