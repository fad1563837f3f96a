package vn.gov.khcn.organisations;

/**
 * An organisation: host of tasks, owner of instruments, inspected facility, recipient of results. {@code commune}: the
 * commune (xã, phường, đặc khu) it is in, by name, and its code; {@code district}: the former district an old record
 * names (before 1/7/2025), and its code; {@code formerCommune}: the commune typed before the geography register, as text.
 */
public record Organisation(long id, String name, OrganisationKind kind, String district, String districtCode, String commune,
                           String communeCode, String formerCommune, String taxCode, int version) {
}
