package vn.gov.khcn.geography;

import java.time.LocalDate;

/**
 * A commune as a form, the API or a spreadsheet row sends it. {@code formerDistricts}: the former districts it came
 * from, by name or code, separated by ";" (blank: none). {@code version}: the version read, required to change one.
 */
public record CommuneCommand(String code, String name, CommuneKind kind, LocalDate validFrom, String formerDistricts, Integer version) {
    public static CommuneCommand of(String code, String name, CommuneKind kind, LocalDate validFrom, String formerDistricts) {
        return new CommuneCommand(code, name, kind, validFrom, formerDistricts, null);
    }
}
