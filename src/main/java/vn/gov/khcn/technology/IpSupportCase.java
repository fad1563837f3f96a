package vn.gov.khcn.technology;

import java.time.LocalDate;

/** An organisation or person advised on support for registering industrial property. */
public record IpSupportCase(long id, String advisedName, IpObject ipObject, LocalDate advisedOn, String outcome, int version) {
}
