package vn.gov.khcn.radiation;

/**
 * What the X-ray machine list shows: the machines of a facility (null: every facility) whose serial number contains
 * {@code q}. The list page, the API and the export bind it from the same parameters.
 */
public record DeviceQuery(Long facilityId, String q) {
    public static final DeviceQuery ALL = new DeviceQuery(null, null);

    public DeviceQuery {
        q = q == null || q.isBlank() ? null : q.strip();
    }
}
