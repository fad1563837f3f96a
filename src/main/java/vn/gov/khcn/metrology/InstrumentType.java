package vn.gov.khcn.metrology;

import java.time.LocalDate;

/** A kind of measuring instrument (phương tiện đo) with its legal verification interval. */
public record InstrumentType(String code, String name, int intervalMonths) {

    /** When an instrument of this type verified on {@code verifiedOn} falls due again: after its interval, for a pass only. */
    public LocalDate nextDue(LocalDate verifiedOn, VerificationResult result) {
        return result == VerificationResult.PASS ? verifiedOn.plusMonths(intervalMonths) : null;
    }
}
