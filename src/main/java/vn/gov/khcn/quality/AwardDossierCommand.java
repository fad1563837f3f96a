package vn.gov.khcn.quality;

import java.time.LocalDate;

/**
 * A national quality award dossier as a form or the API sends it; the award year defaults to the year it is forwarded.
 * {@code version}: the version read, required to correct a saved dossier; {@code reason}: why, when it was forwarded
 * in an issued report's period.
 */
public record AwardDossierCommand(Long enterpriseId, Integer awardYear, LocalDate forwardedOn, String notes, Integer version,
                                  String reason) {
    /** A new dossier (no version, no reason). */
    public static AwardDossierCommand of(Long enterpriseId, Integer awardYear, LocalDate forwardedOn, String notes) {
        return new AwardDossierCommand(enterpriseId, awardYear, forwardedOn, notes, null, null);
    }
}
