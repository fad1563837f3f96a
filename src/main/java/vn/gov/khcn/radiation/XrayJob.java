package vn.gov.khcn.radiation;

import java.time.LocalDate;
import java.util.List;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.Unit;

/**
 * A service job of the application centre (unit CENTRE) at a radiation facility: an X-ray machine verified (the
 * device is set) or an X-ray room checked (the room is set).
 */
public record XrayJob(long id, XrayJobKind kind, long facilityId, String facilityName, Long deviceId, String deviceSerial, String room,
                      LocalDate performedOn, XrayResult result, String certificateNo, Unit unit, int version) {

    /** The date reports count it by: the day it was performed. */
    public List<LocalDate> reportDates() {
        return List.of(performedOn);
    }

    /** What was verified or checked: the machine's serial or the room. */
    public String subject() {
        return deviceSerial != null ? "Máy " + deviceSerial : room;
    }

    /** How messages name it: the job, its subject, the facility and the day. */
    public String label() {
        return kind.label() + " (" + subject() + ") tại " + facilityName + " ngày " + Formats.date(performedOn);
    }
}
