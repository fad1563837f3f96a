package vn.gov.khcn.radiation;

import java.time.LocalDate;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.Unit;

/** A radiation-work licence (giấy phép tiến hành công việc bức xạ), valid from its issue to its expiry. */
public record Licence(long id, long facilityId, String facilityName, String number, LocalDate issuedOn, LocalDate expiresOn,
                      String scope, Unit unit, int version) {

    /** A licence expires after the day it is issued. */
    static void checkTerm(LocalDate issuedOn, LocalDate expiresOn) {
        if (!expiresOn.isAfter(issuedOn)) {
            throw new DomainException("expiresOn", "Ngày hết hạn phải sau ngày cấp (" + Formats.date(issuedOn) + ").");
        }
    }

    /** Whether the licence has expired on {@code day} or expires within {@code days} days of it. */
    public boolean expiresWithin(LocalDate day, int days) {
        return !expiresOn.isAfter(day.plusDays(days));
    }
}
