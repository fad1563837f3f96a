package vn.gov.khcn.quality;

import java.time.LocalDate;
import vn.gov.khcn.shared.Unit;

/** A goods-quality survey (khảo sát chất lượng sản phẩm, hàng hóa) at one facility. */
public record Survey(long id, long facilityId, String facilityName, String products, String district, LocalDate surveyedOn,
                     String findings, Unit unit, int version) {
}
