package vn.gov.khcn.technology;

import java.time.LocalDate;

/**
 * An IP support case as a form or the API sends it. {@code version}: the version read, required to correct a saved
 * case; {@code reason}: why, when its day lies in an issued report's period.
 */
public record IpSupportCaseCommand(String advisedName, IpObject ipObject, LocalDate advisedOn, String outcome, Integer version,
                                   String reason) {
    /** A new case. */
    public static IpSupportCaseCommand of(String advisedName, IpObject ipObject, LocalDate advisedOn, String outcome) {
        return new IpSupportCaseCommand(advisedName, ipObject, advisedOn, outcome, null, null);
    }
}
