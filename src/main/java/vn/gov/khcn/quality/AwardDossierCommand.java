package vn.gov.khcn.quality;

import java.time.LocalDate;

/** Input for a national quality award dossier. */
public record AwardDossierCommand(Long enterpriseId, Integer awardYear, LocalDate forwardedOn, String notes, Integer version,
                                  String reason) {
}
