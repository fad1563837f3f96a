package vn.gov.khcn.metrology;

import java.time.LocalDate;
import java.util.List;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.Unit;

/**
 * A verification or calibration of one measuring instrument. {@code nextDueOn} is computed from the
 * date and the type's interval when the instrument passed; it is never entered. {@code importId} is the
 * spreadsheet import that created the record (audited once for the file), null for one entered on a form.
 */
public record Verification(long id, String typeCode, String typeName, String serial, long ownerId, String ownerName,
                           LocalDate verifiedOn, VerificationKind kind, VerificationResult result, String stampNo,
                           String performedBy, LocalDate nextDueOn, Unit unit, int version, Long importId) {

    /** The date reports count it by: the day of the verification. */
    public List<LocalDate> reportDates() {
        return List.of(verifiedOn);
    }

    /** How messages name it: the serial and the day. */
    public String label() {
        return serial + " ngày " + Formats.date(verifiedOn);
    }
}
