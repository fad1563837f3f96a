package vn.gov.khcn.technology;

import java.time.LocalDate;
import java.util.List;

/** An organisation or person advised on support for registering industrial property. */
public record IpSupportCase(long id, String advisedName, IpObject ipObject, LocalDate advisedOn, String outcome, int version) {

    /** The date reports count it by: the day of the advice. */
    public List<LocalDate> reportDates() {
        return List.of(advisedOn);
    }
}
