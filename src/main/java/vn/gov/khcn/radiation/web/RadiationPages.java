package vn.gov.khcn.radiation.web;

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
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Fact;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Filter;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Option;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;

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
                .map(f -> Row.of("/radiation/facilities/" + f.id(), f.name(), f.district(), f.address())).toList(),
                Radiation.OWNER, "/radiation/facilities/new", "Thêm cơ sở bức xạ", List.of(), "radiation-facilities");
    }

    @GetMapping("/devices")
    String devices(Model model) {
        return list(model, "Thiết bị X-quang", List.of("Số sê-ri", "Cơ sở", "Kiểu máy", "Vị trí"), radiation.devices().stream()
                .map(d -> Row.of("/radiation/devices/" + d.id(), d.serial(), d.facilityName(), d.model(), d.location())).toList(),
                Radiation.OWNER, "/radiation/devices/new", "Thêm thiết bị", List.of(), "radiation-devices");
    }

    @GetMapping("/licences")
    String licences(Model model) {
        return list(model, "Giấy phép tiến hành công việc bức xạ", List.of("Số giấy phép", "Cơ sở", "Ngày cấp", "Hết hạn", "Phạm vi"),
                radiation.licences().stream().map(l -> Row.of("/radiation/licences/" + l.id(), l.number(), l.facilityName(),
                        l.issuedOn(), l.expiresOn(), l.scope())).toList(), Radiation.OWNER, "/radiation/licences/new", "Vào sổ giấy phép",
                List.of(), "radiation-licences");
    }

    @GetMapping("/dossiers")
    String dossiers(@RequestParam(required = false) Integer year, Model model) {
        return list(model, "Hồ sơ an toàn bức xạ, hạt nhân", List.of("Ngày nhận", "Nội dung", "Cơ sở", "Ngày giải quyết", "Kết quả", "Số ngày"),
                radiation.dossiers(year).stream().map(d -> Row.of("/radiation/dossiers/" + d.id(), d.receivedOn(), d.subject(),
                        d.facilityName(), d.resolvedOn(), d.outcome() == null ? "Đang giải quyết" : d.outcome().label(), d.daysTaken())).toList(),
                Radiation.OWNER, "/radiation/dossiers/new", "Vào sổ hồ sơ", List.of(Filter.year(year)), "radiation-dossiers");
    }

    @GetMapping("/inspections")
    String inspections(@RequestParam(required = false) Integer year, Model model) {
        return list(model, "Kiểm tra an toàn bức xạ", List.of("Ngày", "Cơ sở", "Huyện/TP", "Kết quả"),
                radiation.inspections(year).stream().map(i -> Row.of("/radiation/inspections/" + i.id(), i.inspectedOn(),
                        i.facilityName(), i.district(), i.findings())).toList(),
                Radiation.OWNER, "/radiation/inspections/new", "Vào sổ lần kiểm tra", List.of(Filter.year(year)), "radiation-inspections");
    }

    @GetMapping("/xray-jobs")
    String jobs(Model model) {
        return list(model, "Kiểm định máy X-quang, kiểm xạ phòng X-quang (Trung tâm Ứng dụng)",
                List.of("Ngày", "Công việc", "Cơ sở", "Máy / phòng", "Kết quả", "Số chứng nhận"),
                xray.jobs().stream().map(j -> Row.of("/radiation/xray-jobs/" + j.id(), j.performedOn(), j.kind().label(), j.facilityName(),
                        j.deviceSerial() != null ? "Máy " + j.deviceSerial() : j.room(), "PASS".equals(j.result()) ? "Đạt" : "Không đạt",
                        j.certificateNo())).toList(), XrayServices.OWNER, "/radiation/xray-jobs/new", "Vào sổ công việc",
                List.of(), "radiation-xray-jobs");
    }

    // --- records

    @GetMapping("/facilities/{id:\\d+}")
    String facility(@PathVariable long id, Model model) {
        RadiationFacility f = radiation.facility(id);
        return view(model, f.name(), "/radiation/facilities", List.of(Fact.of("Huyện/TP", f.district()), Fact.of("Địa chỉ", f.address())),
                "radiation-facility", id);
    }

    @GetMapping("/devices/{id:\\d+}")
    String device(@PathVariable long id, Model model) {
        XrayDevice d = radiation.device(id);
        return view(model, "Máy X-quang " + d.serial(), "/radiation/devices", List.of(Fact.of("Cơ sở", d.facilityName()),
                Fact.of("Kiểu máy", d.model()), Fact.of("Vị trí", d.location())), "xray-device", id);
    }

    @GetMapping("/licences/{id:\\d+}")
    String licence(@PathVariable long id, Model model) {
        Licence l = radiation.licence(id);
        return view(model, "Giấy phép số " + l.number(), "/radiation/licences", List.of(Fact.of("Cơ sở", l.facilityName()),
                Fact.of("Ngày cấp", l.issuedOn()), Fact.of("Hết hạn", l.expiresOn()), Fact.of("Phạm vi", l.scope())), "radiation-licence", id);
    }

    @GetMapping("/inspections/{id:\\d+}")
    String inspection(@PathVariable long id, Model model) {
        RadiationInspection i = radiation.inspection(id);
        return view(model, "Kiểm tra an toàn bức xạ", "/radiation/inspections", List.of(Fact.of("Cơ sở", i.facilityName()),
                Fact.of("Huyện/TP", i.district()), Fact.of("Ngày", i.inspectedOn()), Fact.of("Kết quả", i.findings())),
                "radiation-inspection", id);
    }

    @GetMapping("/xray-jobs/{id:\\d+}")
    String job(@PathVariable long id, Model model) {
        XrayJob j = xray.job(id);
        return view(model, j.kind().label(), "/radiation/xray-jobs", List.of(Fact.of("Cơ sở", j.facilityName()),
                Fact.of("Máy", j.deviceSerial()), Fact.of("Phòng", j.room()), Fact.of("Ngày", j.performedOn()),
                Fact.of("Kết quả", "PASS".equals(j.result()) ? "Đạt" : "Không đạt"), Fact.of("Số chứng nhận", j.certificateNo()),
                Fact.of("Đơn vị", j.unit().label())), "xray-job", id);
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
        return form(model, "Thêm cơ sở bức xạ", "/radiation/facilities", "/radiation/facilities", e, List.of(
                Field.organisation("organisationId", "Tổ chức", c.organisationId(), SimplePages.options(organisations.choices(null, c.organisationId())), false),
                Field.text("address", "Địa chỉ", c.address(), false),
                Field.text("district", "Huyện/TP (để trống: theo tổ chức)", c.district(), false)));
    }

    private String deviceForm(Model model, DeviceCommand c, DomainException e) {
        return form(model, "Thêm thiết bị X-quang", "/radiation/devices", "/radiation/devices", e, List.of(
                Field.select("facilityId", "Cơ sở bức xạ", c.facilityId(), facilities(), false),
                Field.text("serial", "Số sê-ri", c.serial(), false), Field.text("model", "Kiểu máy", c.model(), false),
                Field.text("location", "Vị trí đặt máy", c.location(), false)));
    }

    private String licenceForm(Model model, LicenceCommand c, DomainException e) {
        return form(model, "Vào sổ giấy phép", "/radiation/licences", "/radiation/licences", e, List.of(
                Field.select("facilityId", "Cơ sở bức xạ", c.facilityId(), facilities(), false),
                Field.text("number", "Số giấy phép", c.number(), false), Field.of("date", "issuedOn", "Ngày cấp", c.issuedOn(), false),
                Field.of("date", "expiresOn", "Ngày hết hạn", c.expiresOn(), false), Field.text("scope", "Phạm vi", c.scope(), false)));
    }

    private String dossierForm(Model model, Long id, DossierCommand c, Integer days, DomainException e) {
        Form form = new Form(id == null ? "Vào sổ hồ sơ an toàn bức xạ" : "Hồ sơ an toàn bức xạ", id == null ? "/radiation/dossiers"
                : "/radiation/dossiers/" + id, "/radiation/dossiers", List.of(
                Field.select("facilityId", "Cơ sở bức xạ", c.facilityId(), facilities(), false),
                Field.text("subject", "Nội dung hồ sơ", c.subject(), false),
                Field.of("date", "receivedOn", "Ngày nhận", c.receivedOn(), false),
                Field.of("date", "resolvedOn", "Ngày giải quyết", c.resolvedOn(), false),
                Field.select("outcome", "Kết quả giải quyết", c.outcome(), SimplePages.options(DossierOutcome.values(), DossierOutcome::label), false),
                Field.reason(id)), c.version(), null, null, "radiation-dossier", id, List.of());
        if (days != null) {
            form = form.withFacts(List.of(Fact.of("Số ngày giải quyết (hệ thống tính)", days)));
        }
        return SimplePages.show(model, form.withError(e));
    }

    private String inspectionForm(Model model, InspectionCommand c, DomainException e) {
        return form(model, "Vào sổ lần kiểm tra an toàn bức xạ", "/radiation/inspections", "/radiation/inspections", e, List.of(
                Field.select("facilityId", "Cơ sở bức xạ", c.facilityId(), facilities(), false),
                Field.text("district", "Huyện/TP (để trống: theo cơ sở)", c.district(), false),
                Field.of("date", "inspectedOn", "Ngày kiểm tra", c.inspectedOn(), false),
                Field.of("textarea", "findings", "Kết quả kiểm tra", c.findings(), false)));
    }

    private String jobForm(Model model, XrayJobCommand c, DomainException e) {
        Map<Long, String> devices = new LinkedHashMap<>();
        for (XrayDevice d : radiation.devices()) {
            devices.put(d.id(), d.serial() + " — " + d.facilityName());
        }
        return form(model, "Vào sổ kiểm định máy, kiểm xạ phòng X-quang", "/radiation/xray-jobs", "/radiation/xray-jobs", e, List.of(
                Field.select("kind", "Công việc", c.kind(), SimplePages.options(XrayJobKind.values(), XrayJobKind::label), false),
                Field.select("facilityId", "Cơ sở", c.facilityId(), facilities(), false),
                Field.select("deviceId", "Máy X-quang (khi kiểm định máy)", c.deviceId(), SimplePages.options(devices), false),
                Field.text("room", "Phòng X-quang (khi kiểm xạ phòng)", c.room(), false),
                Field.of("date", "performedOn", "Ngày thực hiện", c.performedOn(), false),
                Field.select("result", "Kết quả", c.result(), List.of(new Option("PASS", "Đạt"), new Option("FAIL", "Không đạt")), false),
                Field.text("certificateNo", "Số chứng nhận", c.certificateNo(), false)));
    }

    private List<Option> facilities() {
        Map<Long, String> m = new LinkedHashMap<>();
        for (RadiationFacility f : radiation.facilities()) {
            m.put(f.id(), f.name());
        }
        return SimplePages.options(m);
    }

    private String list(Model model, String title, List<String> columns, List<Row> rows, Unit owner, String newHref,
                        String newLabel, List<Filter> filters, String exportKey) {
        SimplePages.exportAs(model, exportKey);
        return SimplePages.show(model, new Table(title, null, AccessPolicy.canEdit(CurrentUser.get(), owner) ? newHref : null, newLabel,
                columns, rows, SimplePages.whole(rows), null, filters, List.of()));
    }

    private static String form(Model model, String title, String action, String back, DomainException e, List<Field> fields) {
        return SimplePages.show(model, new Form(title, action, back, fields, null, null, null, null, null, List.of()).withError(e));
    }

    private static String view(Model model, String title, String back, List<Fact> facts, String auditType, long id) {
        return SimplePages.show(model, Form.view(title, back, facts, auditType, id));
    }
}
