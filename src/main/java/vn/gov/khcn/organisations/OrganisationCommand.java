package vn.gov.khcn.organisations;

/** What a form or an API call sends to create or change an organisation. */
public record OrganisationCommand(String name, OrganisationKind kind, String district, String commune, String taxCode,
                                  Integer version) {
}
