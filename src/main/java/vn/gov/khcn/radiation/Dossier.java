package vn.gov.khcn.radiation;

import java.time.LocalDate;
import vn.gov.khcn.shared.Unit;

/** A radiation-safety dossier: received, then resolved with an outcome; {@code daysTaken} is computed. */
public record Dossier(long id, long facilityId, String facilityName, String subject, LocalDate receivedOn, LocalDate resolvedOn,
                      DossierOutcome outcome, Integer daysTaken, Unit unit, int version) {
}
