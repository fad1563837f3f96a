package vn.gov.khcn.technology;

import java.time.LocalDate;

public record IpSupportCommand(String advisedName, IpObject ipObject, LocalDate advisedOn, String outcome, Integer version) {
}
