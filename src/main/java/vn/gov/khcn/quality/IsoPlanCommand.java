package vn.gov.khcn.quality;

/** An agency put into the plan of ISO 9001:2015 checks of a year, as the form or the API sends it. */
public record IsoPlanCommand(Integer year, Long agencyId) {
}
