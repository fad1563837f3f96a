package vn.gov.khcn.radiation;

import java.time.LocalDate;
import vn.gov.khcn.shared.Unit;

/** A service job of the application centre (unit CENTRE): an X-ray machine verified or an X-ray room checked. */
public record XrayJob(long id, XrayJobKind kind, long facilityId, String facilityName, Long deviceId, String deviceSerial, String room,
                      LocalDate performedOn, String result, String certificateNo, Unit unit, int version) {
}
