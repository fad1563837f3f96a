package vn.gov.khcn.radiation;

import java.time.LocalDate;

/**
 * An X-ray service job as a form or the API sends it: a machine verification names the device, a room check the
 * room. {@code version}: the version read, required to correct a saved job; {@code reason}: why, when its day lies
 * in an issued report's period.
 */
public record XrayJobCommand(XrayJobKind kind, Long facilityId, Long deviceId, String room, LocalDate performedOn, XrayResult result,
                             String certificateNo, Integer version, String reason) {
    /** A machine verified. */
    public static XrayJobCommand machine(Long facilityId, Long deviceId, LocalDate performedOn, XrayResult result, String certificateNo) {
        return new XrayJobCommand(XrayJobKind.MACHINE_VERIFICATION, facilityId, deviceId, null, performedOn, result, certificateNo, null, null);
    }

    /** A room checked. */
    public static XrayJobCommand room(Long facilityId, String room, LocalDate performedOn, XrayResult result, String certificateNo) {
        return new XrayJobCommand(XrayJobKind.ROOM_CHECK, facilityId, null, room, performedOn, result, certificateNo, null, null);
    }
}
