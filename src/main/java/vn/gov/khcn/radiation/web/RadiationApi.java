package vn.gov.khcn.radiation.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.khcn.radiation.DeviceCommand;
import vn.gov.khcn.radiation.DeviceQuery;
import vn.gov.khcn.radiation.Dossier;
import vn.gov.khcn.radiation.DossierCommand;
import vn.gov.khcn.radiation.DossierQuery;
import vn.gov.khcn.radiation.DossierResolution;
import vn.gov.khcn.radiation.Dossiers;
import vn.gov.khcn.radiation.FacilityCommand;
import vn.gov.khcn.radiation.FacilityQuery;
import vn.gov.khcn.radiation.Licence;
import vn.gov.khcn.radiation.LicenceCommand;
import vn.gov.khcn.radiation.LicenceQuery;
import vn.gov.khcn.radiation.Licences;
import vn.gov.khcn.radiation.RadiationFacilities;
import vn.gov.khcn.radiation.RadiationFacility;
import vn.gov.khcn.radiation.RadiationInspection;
import vn.gov.khcn.radiation.RadiationInspectionCommand;
import vn.gov.khcn.radiation.RadiationInspectionQuery;
import vn.gov.khcn.radiation.RadiationInspections;
import vn.gov.khcn.radiation.XrayDevice;
import vn.gov.khcn.radiation.XrayDevices;
import vn.gov.khcn.radiation.XrayJob;
import vn.gov.khcn.radiation.XrayJobCommand;
import vn.gov.khcn.radiation.XrayJobQuery;
import vn.gov.khcn.radiation.XrayServices;
import vn.gov.khcn.shared.web.RecordApi;
import vn.gov.khcn.shared.web.RecordOperations;

/**
 * The radiation registers and the centre's X-ray jobs over HTTP, one {@link RecordApi} each under /api/radiation:
 * each list searched by its query, a record read by id (with its version as ETag), added, and corrected with the
 * version it was read at (in the body or as If-Match).
 */
final class RadiationApi {
    static final String TAG = "An toàn bức xạ";
    static final String ABOUT = "Cơ sở bức xạ, thiết bị, giấy phép, hồ sơ, kiểm tra; dịch vụ X-quang của Trung tâm Ứng dụng";

    private RadiationApi() {
    }

    @RestController
    @RequestMapping("/api/radiation/facilities")
    @Tag(name = TAG, description = ABOUT)
    @RecordOperations(search = "searchFacilities", get = "getFacility", create = "recordFacility", update = "correctFacility")
    static class FacilityApi extends RecordApi<RadiationFacility, RadiationFacility, FacilityCommand, FacilityQuery> {
        FacilityApi(RadiationFacilities facilities) {
            super(facilities::search, facilities::get, facilities::record, facilities::correct);
        }
    }

    @RestController
    @RequestMapping("/api/radiation/devices")
    @Tag(name = TAG, description = ABOUT)
    @RecordOperations(search = "searchDevices", get = "getDevice", create = "recordDevice", update = "correctDevice")
    static class DeviceApi extends RecordApi<XrayDevice, XrayDevice, DeviceCommand, DeviceQuery> {
        DeviceApi(XrayDevices devices) {
            super(devices::search, devices::get, devices::record, devices::correct);
        }
    }

    @RestController
    @RequestMapping("/api/radiation/licences")
    @Tag(name = TAG, description = ABOUT)
    @RecordOperations(search = "searchLicences", get = "getLicence", create = "issueLicence", update = "correctLicence")
    static class LicenceApi extends RecordApi<Licence, Licence, LicenceCommand, LicenceQuery> {
        LicenceApi(Licences licences) {
            super(licences::search, licences::get, licences::issue, licences::correct);
        }
    }

    @RestController
    @RequestMapping("/api/radiation/dossiers")
    @Tag(name = TAG, description = ABOUT)
    @RecordOperations(search = "searchDossiers", get = "getDossier", create = "receiveDossier", update = "correctDossier")
    static class DossierApi extends RecordApi<Dossier, Dossier, DossierCommand, DossierQuery> {
        private final Dossiers dossiers;

        DossierApi(Dossiers dossiers) {
            super(dossiers::search, dossiers::get, dossiers::receive, dossiers::correct);
            this.dossiers = dossiers;
        }

        /** Records how a dossier being resolved was resolved. */
        @PostMapping("/{id}/resolution")
        Dossier resolveDossier(@PathVariable long id, @RequestBody DossierResolution r) {
            return dossiers.resolve(id, r);
        }
    }

    @RestController
    @RequestMapping("/api/radiation/inspections")
    @Tag(name = TAG, description = ABOUT)
    @RecordOperations(search = "searchInspections", get = "getInspection", create = "recordInspection", update = "correctInspection")
    static class InspectionApi extends RecordApi<RadiationInspection, RadiationInspection, RadiationInspectionCommand, RadiationInspectionQuery> {
        InspectionApi(RadiationInspections inspections) {
            super(inspections::search, inspections::get, inspections::record, inspections::correct);
        }
    }

    @RestController
    @RequestMapping("/api/radiation/xray-jobs")
    @Tag(name = TAG, description = ABOUT)
    @RecordOperations(search = "searchJobs", get = "getJob", create = "recordJob", update = "correctJob")
    static class XrayJobApi extends RecordApi<XrayJob, XrayJob, XrayJobCommand, XrayJobQuery> {
        XrayJobApi(XrayServices xray) {
            super(xray::search, xray::get, xray::record, xray::correct);
        }
    }
}
