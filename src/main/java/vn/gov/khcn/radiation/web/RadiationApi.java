package vn.gov.khcn.radiation.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
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
import vn.gov.khcn.shared.PageResult;

/**
 * The radiation registers and the centre's X-ray jobs over HTTP: each list searched by its query, a record read by id
 * (with its version as ETag), added, and corrected with the version it was read at (in the body or as If-Match).
 */
@RestController
@RequestMapping("/api/radiation")
@Tag(name = "An toàn bức xạ", description = "Cơ sở bức xạ, thiết bị, giấy phép, hồ sơ, kiểm tra; dịch vụ X-quang của Trung tâm Ứng dụng")
class RadiationApi {
    private final RadiationFacilities facilities;
    private final XrayDevices devices;
    private final Licences licences;
    private final Dossiers dossiers;
    private final RadiationInspections inspections;
    private final XrayServices xray;

    RadiationApi(RadiationFacilities facilities, XrayDevices devices, Licences licences, Dossiers dossiers, RadiationInspections inspections,
                 XrayServices xray) {
        this.facilities = facilities;
        this.devices = devices;
        this.licences = licences;
        this.dossiers = dossiers;
        this.inspections = inspections;
        this.xray = xray;
    }

    @GetMapping("/facilities")
    PageResult<RadiationFacility> searchFacilities(FacilityQuery query, @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        return facilities.search(query, Math.max(page, 0), PageResult.clampSize(size));
    }

    @GetMapping("/facilities/{id}")
    RadiationFacility getFacility(@PathVariable long id) {
        return facilities.get(id);
    }

    @PostMapping("/facilities")
    @ResponseStatus(HttpStatus.CREATED)
    RadiationFacility recordFacility(@RequestBody FacilityCommand c) {
        return facilities.record(c);
    }

    @PutMapping("/facilities/{id}")
    RadiationFacility correctFacility(@PathVariable long id, @RequestBody FacilityCommand c) {
        return facilities.correct(id, c);
    }

    @GetMapping("/devices")
    PageResult<XrayDevice> searchDevices(DeviceQuery query, @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        return devices.search(query, Math.max(page, 0), PageResult.clampSize(size));
    }

    @GetMapping("/devices/{id}")
    XrayDevice getDevice(@PathVariable long id) {
        return devices.get(id);
    }

    @PostMapping("/devices")
    @ResponseStatus(HttpStatus.CREATED)
    XrayDevice recordDevice(@RequestBody DeviceCommand c) {
        return devices.record(c);
    }

    @PutMapping("/devices/{id}")
    XrayDevice correctDevice(@PathVariable long id, @RequestBody DeviceCommand c) {
        return devices.correct(id, c);
    }

    @GetMapping("/licences")
    PageResult<Licence> searchLicences(LicenceQuery query, @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        return licences.search(query, Math.max(page, 0), PageResult.clampSize(size));
    }

    @GetMapping("/licences/{id}")
    Licence getLicence(@PathVariable long id) {
        return licences.get(id);
    }

    @PostMapping("/licences")
    @ResponseStatus(HttpStatus.CREATED)
    Licence issueLicence(@RequestBody LicenceCommand c) {
        return licences.issue(c);
    }

    @PutMapping("/licences/{id}")
    Licence correctLicence(@PathVariable long id, @RequestBody LicenceCommand c) {
        return licences.correct(id, c);
    }

    @GetMapping("/dossiers")
    PageResult<Dossier> searchDossiers(DossierQuery query, @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        return dossiers.search(query, Math.max(page, 0), PageResult.clampSize(size));
    }

    @GetMapping("/dossiers/{id}")
    Dossier getDossier(@PathVariable long id) {
        return dossiers.get(id);
    }

    @PostMapping("/dossiers")
    @ResponseStatus(HttpStatus.CREATED)
    Dossier receiveDossier(@RequestBody DossierCommand c) {
        return dossiers.receive(c);
    }

    @PutMapping("/dossiers/{id}")
    Dossier correctDossier(@PathVariable long id, @RequestBody DossierCommand c) {
        return dossiers.correct(id, c);
    }

    @GetMapping("/inspections")
    PageResult<RadiationInspection> searchInspections(RadiationInspectionQuery query, @RequestParam(defaultValue = "0") int page,
                                                      @RequestParam(required = false) Integer size) {
        return inspections.search(query, Math.max(page, 0), PageResult.clampSize(size));
    }

    @GetMapping("/inspections/{id}")
    RadiationInspection getInspection(@PathVariable long id) {
        return inspections.get(id);
    }

    @PostMapping("/inspections")
    @ResponseStatus(HttpStatus.CREATED)
    RadiationInspection recordInspection(@RequestBody RadiationInspectionCommand c) {
        return inspections.record(c);
    }

    @PutMapping("/inspections/{id}")
    RadiationInspection correctInspection(@PathVariable long id, @RequestBody RadiationInspectionCommand c) {
        return inspections.correct(id, c);
    }

    @GetMapping("/xray-jobs")
    PageResult<XrayJob> searchJobs(XrayJobQuery query, @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        return xray.search(query, Math.max(page, 0), PageResult.clampSize(size));
    }

    @GetMapping("/xray-jobs/{id}")
    XrayJob getJob(@PathVariable long id) {
        return xray.get(id);
    }

    @PostMapping("/xray-jobs")
    @ResponseStatus(HttpStatus.CREATED)
    XrayJob recordJob(@RequestBody XrayJobCommand c) {
        return xray.record(c);
    }

    @PutMapping("/xray-jobs/{id}")
    XrayJob correctJob(@PathVariable long id, @RequestBody XrayJobCommand c) {
        return xray.correct(id, c);
    }

    /** Records how a dossier being resolved was resolved. */
    @PostMapping("/dossiers/{id}/resolution")
    Dossier resolveDossier(@PathVariable long id, @RequestBody DossierResolution r) {
        return dossiers.resolve(id, r);
    }
}
