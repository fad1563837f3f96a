package vn.gov.khcn.radiation;

import java.time.LocalDate;
import vn.gov.khcn.shared.Unit;

/** A radiation-work licence (giấy phép tiến hành công việc bức xạ). */
public record Licence(long id, long facilityId, String facilityName, String number, LocalDate issuedOn, LocalDate expiresOn,
                      String scope, Unit unit, int version) {
}
