package vn.gov.khcn.metrology;

import java.time.LocalDate;

/** An instrument whose latest passing verification falls due for re-verification (or is overdue). */
public record DueInstrument(long verificationId, String serial, String typeName, String ownerName, LocalDate verifiedOn,
                            LocalDate nextDueOn, boolean overdue) {
}
