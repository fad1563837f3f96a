package vn.gov.khcn.geography;

/** What the former-district export selects: every former district (the register is short). */
public record DistrictQuery(String q) {
}
