package vn.gov.khcn.radiation;

import java.time.LocalDate;
import vn.gov.khcn.shared.Unit;

/** A radiation-safety inspection (kiểm tra an toàn bức xạ) of a facility. */
public record RadiationInspection(long id, long facilityId, String facilityName, String district, LocalDate inspectedOn,
                                  String findings, Unit unit, int version) {
}
