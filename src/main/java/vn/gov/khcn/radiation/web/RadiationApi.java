package vn.gov.khcn.radiation.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
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
import vn.gov.khcn.radiation.Dossier;
import vn.gov.khcn.radiation.Licence;
import vn.gov.khcn.radiation.Radiation;
import vn.gov.khcn.radiation.RadiationCommands.DeviceCommand;
import vn.gov.khcn.radiation.RadiationCommands.DossierCommand;
import vn.gov.khcn.radiation.RadiationCommands.FacilityCommand;
import vn.gov.khcn.radiation.RadiationCommands.InspectionCommand;
import vn.gov.khcn.radiation.RadiationCommands.LicenceCommand;
import vn.gov.khcn.radiation.RadiationCommands.XrayJobCommand;
import vn.gov.khcn.radiation.RadiationFacility;
import vn.gov.khcn.radiation.RadiationInspection;
import vn.gov.khcn.radiation.XrayDevice;
import vn.gov.khcn.radiation.XrayJob;
import vn.gov.khcn.radiation.XrayServices;

@RestController
@RequestMapping("/api/radiation")
@Tag(name = "An toàn bức xạ", description = "Cơ sở bức xạ, thiết bị, giấy phép, hồ sơ, kiểm tra; dịch vụ X-quang của Trung tâm Ứng dụng")
class RadiationApi {
    private final Radiation radiation;
    private final XrayServices xray;

    RadiationApi(Radiation radiation, XrayServices xray) {
        this.radiation = radiation;
        this.xray = xray;
    }

    @GetMapping("/facilities")
    List<RadiationFacility> facilities() {
        return radiation.facilities();
    }

    @GetMapping("/facilities/{id}")
    RadiationFacility facility(@PathVariable long id) {
        return radiation.facility(id);
    }

    @PostMapping("/facilities")
    @ResponseStatus(HttpStatus.CREATED)
    RadiationFacility registerFacility(@RequestBody FacilityCommand c) {
        return radiation.registerFacility(c);
    }

    @GetMapping("/devices")
    List<XrayDevice> devices() {
        return radiation.devices();
    }

    @PostMapping("/devices")
    @ResponseStatus(HttpStatus.CREATED)
    XrayDevice registerDevice(@RequestBody DeviceCommand c) {
        return radiation.registerDevice(c);
    }

    @GetMapping("/licences")
    List<Licence> licences() {
        return radiation.licences();
    }

    @GetMapping("/licences/{id}")
    Licence licence(@PathVariable long id) {
        return radiation.licence(id);
    }

    @PostMapping("/licences")
    @ResponseStatus(HttpStatus.CREATED)
    Licence issueLicence(@RequestBody LicenceCommand c) {
        return radiation.issueLicence(c);
    }

    @PutMapping("/licences/{id}")
    Licence correctLicence(@PathVariable long id, @RequestBody LicenceCommand c) {
        return radiation.correctLicence(id, c);
    }

    @GetMapping("/dossiers")
    List<Dossier> dossiers(@RequestParam(required = false) Integer year) {
        return radiation.dossiers(year);
    }

    @GetMapping("/dossiers/{id}")
    Dossier dossier(@PathVariable long id) {
        return radiation.dossier(id);
    }

    @PostMapping("/dossiers")
    @ResponseStatus(HttpStatus.CREATED)
    Dossier receiveDossier(@RequestBody DossierCommand c) {
        return radiation.receiveDossier(c);
    }

    @PutMapping("/dossiers/{id}")
    Dossier changeDossier(@PathVariable long id, @RequestBody DossierCommand c) {
        return radiation.changeDossier(id, c);
    }

    @GetMapping("/inspections")
    List<RadiationInspection> inspections(@RequestParam(required = false) Integer year) {
        return radiation.inspections(year);
    }

    @GetMapping("/inspections/{id}")
    RadiationInspection inspection(@PathVariable long id) {
        return radiation.inspection(id);
    }

    @PostMapping("/inspections")
    @ResponseStatus(HttpStatus.CREATED)
    RadiationInspection recordInspection(@RequestBody InspectionCommand c) {
        return radiation.recordInspection(c);
    }

    @PutMapping("/inspections/{id}")
    RadiationInspection correctInspection(@PathVariable long id, @RequestBody InspectionCommand c) {
        return radiation.correctInspection(id, c);
    }

    @GetMapping("/xray-jobs")
    List<XrayJob> jobs() {
        return xray.jobs();
    }

    @GetMapping("/xray-jobs/{id}")
    XrayJob job(@PathVariable long id) {
        return xray.job(id);
    }

    @PostMapping("/xray-jobs")
    @ResponseStatus(HttpStatus.CREATED)
    XrayJob recordJob(@RequestBody XrayJobCommand c) {
        return xray.record(c);
    }
}
