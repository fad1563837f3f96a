/**
 * Radiation safety, kept by Phòng QLCN&SHTT: facilities ({@link vn.gov.khcn.radiation.RadiationFacilities}), their X-ray
 * machines ({@link vn.gov.khcn.radiation.XrayDevices}), licences ({@link vn.gov.khcn.radiation.Licences}), dossiers
 * ({@link vn.gov.khcn.radiation.Dossiers}) and inspections ({@link vn.gov.khcn.radiation.RadiationInspections}); and the
 * application centre's X-ray service jobs against them ({@link vn.gov.khcn.radiation.XrayServices}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "records", "reporting", "exchange::spi",
        "organisations"})
package vn.gov.khcn.radiation;
