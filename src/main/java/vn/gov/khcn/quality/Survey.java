package vn.gov.khcn.quality;

import java.time.LocalDate;
import java.util.List;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.Unit;

/** A goods-quality survey (khảo sát chất lượng sản phẩm, hàng hóa) at one facility. */
public record Survey(long id, long facilityId, String facilityName, String products, String district, LocalDate surveyedOn,
                     String findings, Unit unit, int version) {

    /** The date reports count it by: the day of the survey. */
    public List<LocalDate> reportDates() {
        return List.of(surveyedOn);
    }

    /** How messages name it: the facility and the day. */
    public String label() {
        return facilityName + " ngày " + Formats.date(surveyedOn);
    }
}
