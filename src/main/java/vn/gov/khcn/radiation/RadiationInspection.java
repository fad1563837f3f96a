package vn.gov.khcn.radiation;

import java.time.LocalDate;
import java.util.List;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.Unit;

/** A radiation-safety inspection (kiểm tra an toàn bức xạ) of a facility on a day, in a district. */
public record RadiationInspection(long id, long facilityId, String facilityName, String district, LocalDate inspectedOn,
                                  String findings, Unit unit, int version) {

    /** The date reports count it by: the day of the inspection. */
    public List<LocalDate> reportDates() {
        return List.of(inspectedOn);
    }

    /** How messages name it: the facility and the day. */
    public String label() {
        return facilityName + " ngày " + Formats.date(inspectedOn);
    }
}
