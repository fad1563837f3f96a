package vn.gov.khcn.radiation;

import java.time.LocalDate;

/** What forms and API calls send to the radiation-safety registers. */
public final class RadiationCommands {
    private RadiationCommands() {
    }

    public record FacilityCommand(Long organisationId, String address, String district, Integer version) {
    }

    public record DeviceCommand(Long facilityId, String serial, String model, String location, Integer version) {
    }

    public record LicenceCommand(Long facilityId, String number, LocalDate issuedOn, LocalDate expiresOn, String scope, Integer version) {
    }

    public record DossierCommand(Long facilityId, String subject, LocalDate receivedOn, LocalDate resolvedOn, DossierOutcome outcome,
                                 Integer version, String reason) {
    }

    public record InspectionCommand(Long facilityId, String district, LocalDate inspectedOn, String findings, Integer version,
                                    String reason) {
    }

    /** For a machine verification the device is required; for a room check the room. Result PASS or FAIL. */
    public record XrayJobCommand(XrayJobKind kind, Long facilityId, Long deviceId, String room, LocalDate performedOn, String result,
                                 String certificateNo, Integer version) {
    }
}
