package vn.gov.khcn.radiation;

import vn.gov.khcn.shared.Unit;

/** A radiation facility (cơ sở bức xạ): an organisation with its address and district. */
public record RadiationFacility(long id, long organisationId, String name, String address, String district, Unit unit, int version) {
}
