package vn.gov.khcn.radiation.web;

import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.Ui;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.khcn.identity.AccessPolicy;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.organisations.Organisation;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.radiation.Dossier;
import vn.gov.khcn.radiation.DossierOutcome;
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
import vn.gov.khcn.radiation.XrayJobKind;
import vn.gov.khcn.radiation.XrayServices;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Unit;

/** Pages of the radiation-safety registers and of the centre's X-ray service jobs. */
@Controller
@RequestMapping("/radiation")
class RadiationPages {
    private final Radiation radiation;
    private final XrayServices xray;
    private final Organisations organisations;

    RadiationPages(Radiation radiation, XrayServices xray, Organisations organisations) {
        this.radiation = radiation;
        this.xray = xray;
        this.organisations = organisations;
    }

    // --- lists

    @GetMapping("/facilities")
    String facilities(Model model) {
        return list(model, "Cơ sở bức xạ", List.of("Cơ sở", "Huyện/TP", "Địa chỉ"), radiation.facilities().stream()
                .map(f -> Ui.row("/radiation/facilities/" + f.id(), f.name(), f.district(), f.address())).toList(),
                Radiation.OWNER, "/radiation/facilities/new", "Thêm cơ sở bức xạ", "radiation-facilities");
    }

    @GetMapping("/devices")
    String devices(Model model) {
        return list(model, "Thiết bị X-quang", List.of("Số sê-ri", "Cơ sở", "Kiểu máy", "Vị trí"), radiation.devices().stream()
                .map(d -> Ui.row("/radiation/devices/" + d.id(), d.serial(), d.facilityName(), d.model(), d.location())).toList(),
                Radiation.OWNER, "/radiation/devices/new", "Thêm thiết bị", "radiation-devices");
    }

    @GetMapping("/licences")
    String licences(Model model) {
        return list(model, "Giấy phép tiến hành công việc bức xạ", List.of("Số giấy phép", "Cơ sở", "Ngày cấp", "Hết hạn", "Phạm vi"),
                radiation.licences().stream().map(l -> Ui.row("/radiation/licences/" + l.id(), l.number(), l.facilityName(),
                        l.issuedOn(), l.expiresOn(), l.scope())).toList(), Radiation.OWNER, "/radiation/licences/new", "Vào sổ giấy phép",
                "radiation-licences");
    }

    @GetMapping("/dossiers")
    String dossiers(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("yearFilter", true);
        model.addAttribute("year", year);
        return list(model, "Hồ sơ an toàn bức xạ, hạt nhân", List.of("Ngày nhận", "Nội dung", "Cơ sở", "Ngày giải quyết", "Kết quả", "Số ngày"),
                radiation.dossiers(year).stream().map(d -> Ui.row("/radiation/dossiers/" + d.id(), d.receivedOn(), d.subject(),
                        d.facilityName(), d.resolvedOn(), d.outcome() == null ? "Đang giải quyết" : d.outcome().label(), d.daysTaken())).toList(),
                Radiation.OWNER, "/radiation/dossiers/new", "Vào sổ hồ sơ", "radiation-dossiers");
    }

    @GetMapping("/inspections")
    String inspections(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("yearFilter", true);
        model.addAttribute("year", year);
        return list(model, "Kiểm tra an toàn bức xạ", List.of("Ngày", "Cơ sở", "Huyện/TP", "Kết quả"),
                radiation.inspections(year).stream().map(i -> Ui.row("/radiation/inspections/" + i.id(), i.inspectedOn(),
                        i.facilityName(), i.district(), i.findings())).toList(),
                Radiation.OWNER, "/radiation/inspections/new", "Vào sổ lần kiểm tra", "radiation-inspections");
    }

    @GetMapping("/xray-jobs")
    String jobs(Model model) {
        return list(model, "Kiểm định máy X-quang, kiểm xạ phòng X-quang (Trung tâm Ứng dụng)",
                List.of("Ngày", "Công việc", "Cơ sở", "Máy / phòng", "Kết quả", "Số chứng nhận"),
                xray.jobs().stream().map(j -> Ui.row("/radiation/xray-jobs/" + j.id(), j.performedOn(), j.kind().label(), j.facilityName(),
                        j.deviceSerial() != null ? "Máy " + j.deviceSerial() : j.room(), "PASS".equals(j.result()) ? "Đạt" : "Không đạt",
                        j.certificateNo())).toList(), XrayServices.OWNER, "/radiation/xray-jobs/new", "Vào sổ công việc",
                "radiation-xray-jobs");
    }

    // --- records

    @GetMapping("/facilities/{id:\\d+}")
    String facility(@PathVariable long id, Model model) {
        RadiationFacility f = radiation.facility(id);
        return view(model, f.name(), "/radiation/facilities", List.of(Ui.fact("Huyện/TP", f.district()), Ui.fact("Địa chỉ", f.address())),
                "radiation-facility", id);
    }

    @GetMapping("/devices/{id:\\d+}")
    String device(@PathVariable long id, Model model) {
        XrayDevice d = radiation.device(id);
        return view(model, "Máy X-quang " + d.serial(), "/radiation/devices", List.of(Ui.fact("Cơ sở", d.facilityName()),
                Ui.fact("Kiểu máy", d.model()), Ui.fact("Vị trí", d.location())), "xray-device", id);
    }

    @GetMapping("/licences/{id:\\d+}")
    String licence(@PathVariable long id, Model model) {
        Licence l = radiation.licence(id);
        return view(model, "Giấy phép số " + l.number(), "/radiation/licences", List.of(Ui.fact("Cơ sở", l.facilityName()),
                Ui.fact("Ngày cấp", l.issuedOn()), Ui.fact("Hết hạn", l.expiresOn()), Ui.fact("Phạm vi", l.scope())), "radiation-licence", id);
    }

    @GetMapping("/inspections/{id:\\d+}")
    String inspection(@PathVariable long id, Model model) {
        RadiationInspection i = radiation.inspection(id);
        return view(model, "Kiểm tra an toàn bức xạ", "/radiation/inspections", List.of(Ui.fact("Cơ sở", i.facilityName()),
                Ui.fact("Huyện/TP", i.district()), Ui.fact("Ngày", i.inspectedOn()), Ui.fact("Kết quả", i.findings())),
                "radiation-inspection", id);
    }

    @GetMapping("/xray-jobs/{id:\\d+}")
    String job(@PathVariable long id, Model model) {
        XrayJob j = xray.job(id);
        return view(model, j.kind().label(), "/radiation/xray-jobs", List.of(Ui.fact("Cơ sở", j.facilityName()),
                Ui.fact("Máy", j.deviceSerial()), Ui.fact("Phòng", j.room()), Ui.fact("Ngày", j.performedOn()),
                Ui.fact("Kết quả", "PASS".equals(j.result()) ? "Đạt" : "Không đạt"), Ui.fact("Số chứng nhận", j.certificateNo()),
                Ui.fact("Đơn vị", j.unit().label())), "xray-job", id);
    }

    @GetMapping("/dossiers/{id:\\d+}")
    String dossier(@PathVariable long id, Model model) {
        Dossier d = radiation.dossier(id);
        return dossierForm(model, id, new DossierCommand(d.facilityId(), d.subject(), d.receivedOn(), d.resolvedOn(), d.outcome(),
                d.version(), null), d.daysTaken(), null);
    }

    // --- forms

    @GetMapping("/{kind}/new")
    String newForm(@PathVariable String kind, Model model) {
        return switch (kind) {
            case "facilities" -> facilityForm(model, new FacilityCommand(null, null, null, null), null);
            case "devices" -> deviceForm(model, new DeviceCommand(null, null, null, null, null), null);
            case "licences" -> licenceForm(model, new LicenceCommand(null, null, null, null, null, null), null);
            case "dossiers" -> dossierForm(model, null, new DossierCommand(null, null, null, null, null, null, null), null, null);
            case "inspections" -> inspectionForm(model, new InspectionCommand(null, null, null, null, null, null), null);
            case "xray-jobs" -> jobForm(model, new XrayJobCommand(XrayJobKind.ROOM_CHECK, null, null, null, null, "PASS", null, null), null);
            default -> throw new vn.gov.khcn.shared.NotFoundException("trang", kind);
        };
    }

    @PostMapping("/facilities")
    String createFacility(FacilityCommand c, Model model, RedirectAttributes ra) {
        return save(ra, "/radiation/facilities", () -> radiation.registerFacility(c), e -> facilityForm(model, c, e));
    }

    @PostMapping("/devices")
    String createDevice(DeviceCommand c, Model model, RedirectAttributes ra) {
        return save(ra, "/radiation/devices", () -> radiation.registerDevice(c), e -> deviceForm(model, c, e));
    }

    @PostMapping("/licences")
    String createLicence(LicenceCommand c, Model model, RedirectAttributes ra) {
        return save(ra, "/radiation/licences", () -> radiation.issueLicence(c), e -> licenceForm(model, c, e));
    }

    @PostMapping("/dossiers")
    String createDossier(DossierCommand c, Model model, RedirectAttributes ra) {
        return save(ra, "/radiation/dossiers", () -> radiation.receiveDossier(c), e -> dossierForm(model, null, c, null, e));
    }

    @PostMapping("/dossiers/{id}")
    String updateDossier(@PathVariable long id, DossierCommand c, Model model, RedirectAttributes ra) {
        return save(ra, "/radiation/dossiers/" + id, () -> radiation.changeDossier(id, c), e -> dossierForm(model, id, c, null, e));
    }

    @PostMapping("/inspections")
    String createInspection(InspectionCommand c, Model model, RedirectAttributes ra) {
        return save(ra, "/radiation/inspections", () -> radiation.recordInspection(c), e -> inspectionForm(model, c, e));
    }

    @PostMapping("/xray-jobs")
    String createJob(XrayJobCommand c, Model model, RedirectAttributes ra) {
        return save(ra, "/radiation/xray-jobs", () -> xray.record(c), e -> jobForm(model, c, e));
    }

    private String save(RedirectAttributes ra, String next, Supplier<Object> action, java.util.function.Function<DomainException, String> onError) {
        try {
            action.get();
            ra.addFlashAttribute("notice", "Đã lưu.");
            return "redirect:" + next;
        } catch (DomainException e) {
            return onError.apply(e);
        }
    }

    private String facilityForm(Model model, FacilityCommand c, DomainException e) {
        Map<Long, String> orgs = organisations.choices(null, c.organisationId());
        return form(model, "Thêm cơ sở bức xạ", "/radiation/facilities", "/radiation/facilities", e, List.of(
                Ui.orgSelect("organisationId", "Tổ chức", c.organisationId(), Ui.options(orgs)),
                Ui.field("address", "Địa chỉ", "text", c.address()),
                Ui.field("district", "Huyện/TP (để trống: theo tổ chức)", "text", c.district())));
    }

    private String deviceForm(Model model, DeviceCommand c, DomainException e) {
        return form(model, "Thêm thiết bị X-quang", "/radiation/devices", "/radiation/devices", e, List.of(
                Ui.select("facilityId", "Cơ sở bức xạ", c.facilityId(), facilities()),
                Ui.field("serial", "Số sê-ri", "text", c.serial()), Ui.field("model", "Kiểu máy", "text", c.model()),
                Ui.field("location", "Vị trí đặt máy", "text", c.location())));
    }

    private String licenceForm(Model model, LicenceCommand c, DomainException e) {
        return form(model, "Vào sổ giấy phép", "/radiation/licences", "/radiation/licences", e, List.of(
                Ui.select("facilityId", "Cơ sở bức xạ", c.facilityId(), facilities()),
                Ui.field("number", "Số giấy phép", "text", c.number()), Ui.field("issuedOn", "Ngày cấp", "date", c.issuedOn()),
                Ui.field("expiresOn", "Ngày hết hạn", "date", c.expiresOn()), Ui.field("scope", "Phạm vi", "text", c.scope())));
    }

    private String dossierForm(Model model, Long id, DossierCommand c, Integer days, DomainException e) {
        Map<DossierOutcome, String> outcomes = new LinkedHashMap<>();
        for (DossierOutcome o : DossierOutcome.values()) {
            outcomes.put(o, o.label());
        }
        form(model, id == null ? "Vào sổ hồ sơ an toàn bức xạ" : "Hồ sơ an toàn bức xạ", id == null ? "/radiation/dossiers"
                : "/radiation/dossiers/" + id, "/radiation/dossiers", e, List.of(
                Ui.field("version", "", "hidden", c.version()),
                Ui.select("facilityId", "Cơ sở bức xạ", c.facilityId(), facilities()),
                Ui.field("subject", "Nội dung hồ sơ", "text", c.subject()),
                Ui.field("receivedOn", "Ngày nhận", "date", c.receivedOn()),
                Ui.field("resolvedOn", "Ngày giải quyết", "date", c.resolvedOn()),
                Ui.select("outcome", "Kết quả giải quyết", c.outcome(), Ui.options(outcomes)),
                Ui.field("reason", id == null ? "" : "Lý do sửa (nếu kỳ báo cáo đã ban hành)", id == null ? "hidden" : "text", null)));
        if (days != null) {
            model.addAttribute("facts", List.of(Ui.fact("Số ngày giải quyết (hệ thống tính)", days)));
        }
        model.addAttribute("auditType", id == null ? null : "radiation-dossier");
        model.addAttribute("auditId", id);
        return "simple/form";
    }

    private String inspectionForm(Model model, InspectionCommand c, DomainException e) {
        return form(model, "Vào sổ lần kiểm tra an toàn bức xạ", "/radiation/inspections", "/radiation/inspections", e, List.of(
                Ui.select("facilityId", "Cơ sở bức xạ", c.facilityId(), facilities()),
                Ui.field("district", "Huyện/TP (để trống: theo cơ sở)", "text", c.district()),
                Ui.field("inspectedOn", "Ngày kiểm tra", "date", c.inspectedOn()),
                Ui.field("findings", "Kết quả kiểm tra", "textarea", c.findings())));
    }

    private String jobForm(Model model, XrayJobCommand c, DomainException e) {
        Map<XrayJobKind, String> kinds = new LinkedHashMap<>();
        for (XrayJobKind k : XrayJobKind.values()) {
            kinds.put(k, k.label());
        }
        Map<Long, String> devices = new LinkedHashMap<>();
        for (XrayDevice d : radiation.devices()) {
            devices.put(d.id(), d.serial() + " — " + d.facilityName());
        }
        return form(model, "Vào sổ kiểm định máy, kiểm xạ phòng X-quang", "/radiation/xray-jobs", "/radiation/xray-jobs", e, List.of(
                Ui.select("kind", "Công việc", c.kind(), Ui.options(kinds)),
                Ui.select("facilityId", "Cơ sở", c.facilityId(), facilities()),
                Ui.select("deviceId", "Máy X-quang (khi kiểm định máy)", c.deviceId(), Ui.options(devices)),
                Ui.field("room", "Phòng X-quang (khi kiểm xạ phòng)", "text", c.room()),
                Ui.field("performedOn", "Ngày thực hiện", "date", c.performedOn()),
                Ui.select("result", "Kết quả", c.result(), List.of(List.of("PASS", "Đạt"), List.of("FAIL", "Không đạt"))),
                Ui.field("certificateNo", "Số chứng nhận", "text", c.certificateNo())));
    }

    private List<List<String>> facilities() {
        Map<Long, String> m = new LinkedHashMap<>();
        for (RadiationFacility f : radiation.facilities()) {
            m.put(f.id(), f.name());
        }
        return Ui.options(m);
    }

    private String list(Model model, String title, List<String> columns, List<Map<String, Object>> rows, Unit owner, String newHref,
                        String newLabel, String exportKey) {
        SimplePages.exportAs(model, exportKey);
        model.addAttribute("title", title);
        model.addAttribute("columns", columns);
        model.addAttribute("rows", rows);
        model.addAttribute("actions", AccessPolicy.canEdit(CurrentUser.get(), owner) ? List.of(Ui.action(newHref, newLabel)) : List.of());
        return "simple/list";
    }

    private String form(Model model, String title, String action, String back, DomainException e, List<Map<String, Object>> fields) {
        model.addAttribute("title", title);
        model.addAttribute("action", action);
        model.addAttribute("back", back);
        model.addAttribute("fields", fields);
        model.addAttribute("error", e == null ? null : e.getMessage());
        return "simple/form";
    }

    private String view(Model model, String title, String back, List<List<String>> facts, String auditType, long id) {
        model.addAttribute("title", title);
        model.addAttribute("back", back);
        model.addAttribute("facts", facts);
        model.addAttribute("auditType", auditType);
        model.addAttribute("auditId", id);
        return "simple/form";
    }
}
