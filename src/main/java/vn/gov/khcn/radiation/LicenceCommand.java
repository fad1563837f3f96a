package vn.gov.khcn.radiation;

import java.time.LocalDate;

/**
 * A radiation-work licence as a form or the API sends it. {@code version}: the version read, required to correct a
 * licence in the register.
 */
public record LicenceCommand(Long facilityId, String number, LocalDate issuedOn, LocalDate expiresOn, String scope, Integer version) {
    /** A licence being entered into the register. */
    public static LicenceCommand of(Long facilityId, String number, LocalDate issuedOn, LocalDate expiresOn, String scope) {
        return new LicenceCommand(facilityId, number, issuedOn, expiresOn, scope, null);
    }
}
