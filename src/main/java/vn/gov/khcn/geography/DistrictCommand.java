package vn.gov.khcn.geography;

import java.time.LocalDate;

/** A former district as a form, the API or a spreadsheet row sends it; {@code version}: the version read, to change one. */
public record DistrictCommand(String code, String name, LocalDate validUntil, Integer version) {
    public static DistrictCommand of(String code, String name, LocalDate validUntil) {
        return new DistrictCommand(code, name, validUntil, null);
    }
}
