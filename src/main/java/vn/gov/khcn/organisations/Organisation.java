package vn.gov.khcn.organisations;

/** An organisation: host of tasks, owner of instruments, inspected facility, recipient of results. */
public record Organisation(long id, String name, OrganisationKind kind, String district, String commune,
                           String taxCode, int version) {
}
