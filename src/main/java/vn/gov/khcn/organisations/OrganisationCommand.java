package vn.gov.khcn.organisations;

/**
 * An organisation as a form or the API sends it. {@code commune}: its commune (xã, phường, đặc khu) by name or code;
 * {@code district}: for an old record, its former district by name or code; both from the geography register, blank:
 * none. {@code formerCommune}: the commune typed before the register, as text (null: kept as it is). {@code version}:
 * the version read, required to change a saved one. The register is not dated (reports name organisations, they do not
 * count them), so no reason is asked.
 */
public record OrganisationCommand(String name, OrganisationKind kind, String district, String commune, String taxCode,
                                  Integer version, String formerCommune) {
    /** As the form and the API send it without the former commune (kept as it is). */
    public OrganisationCommand(String name, OrganisationKind kind, String district, String commune, String taxCode, Integer version) {
        this(name, kind, district, commune, taxCode, version, null);
    }

    /** A new organisation (no version). */
    public static OrganisationCommand of(String name, OrganisationKind kind, String district, String commune, String taxCode) {
        return new OrganisationCommand(name, kind, district, commune, taxCode, null, null);
    }
}
