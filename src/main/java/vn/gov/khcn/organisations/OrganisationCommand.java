package vn.gov.khcn.organisations;

/**
 * An organisation as a form or the API sends it. {@code version}: the version read, required to change a saved
 * one. The register is not dated (reports name organisations, they do not count them), so no reason is asked.
 */
public record OrganisationCommand(String name, OrganisationKind kind, String district, String commune, String taxCode,
                                  Integer version) {
    /** A new organisation (no version). */
    public static OrganisationCommand of(String name, OrganisationKind kind, String district, String commune, String taxCode) {
        return new OrganisationCommand(name, kind, district, commune, taxCode, null);
    }
}
