package vn.gov.khcn.radiation;

import vn.gov.khcn.shared.Unit;

/** An X-ray machine of a facility. */
public record XrayDevice(long id, long facilityId, String facilityName, String serial, String model, String location, Unit unit,
                         int version) {
}
