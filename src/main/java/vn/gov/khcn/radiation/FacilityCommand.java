package vn.gov.khcn.radiation;

/**
 * A radiation facility as a form or the API sends it: the organisation (from the organisation register), its address
 * and district (empty: the organisation's). {@code version}: the version read, required to change a saved facility.
 */
public record FacilityCommand(Long organisationId, String address, String district, Integer version) {
    /** A new facility. */
    public static FacilityCommand of(Long organisationId, String address, String district) {
        return new FacilityCommand(organisationId, address, district, null);
    }
}
