package vn.gov.khcn.geography;

import java.time.LocalDate;
import java.util.List;

/**
 * A commune (xã, phường, đặc khu) of the province: its code, name, kind, the day it exists from, and the former
 * districts it came from (their names, in code order; none when not given).
 */
public record Commune(long id, String code, String name, CommuneKind kind, LocalDate validFrom, List<String> formerDistricts,
                      int version) {
    public Commune {
        formerDistricts = formerDistricts == null ? List.of() : List.copyOf(formerDistricts);
    }

    /** The name as a sentence prints it: "Phường Thục Phán", "Xã Hòa An". */
    public String title() {
        return kind.label() + " " + name;
    }
}
