package vn.gov.khcn.radiation;

/**
 * An X-ray machine as a form or the API sends it: its facility, serial number (unique in the register), model and
 * place. {@code version}: the version read, required to change a saved machine.
 */
public record DeviceCommand(Long facilityId, String serial, String model, String location, Integer version) {
    /** A new machine. */
    public static DeviceCommand of(Long facilityId, String serial, String model, String location) {
        return new DeviceCommand(facilityId, serial, model, location, null);
    }
}
