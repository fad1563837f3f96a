package vn.gov.khcn.radiation.web;

import static vn.gov.khcn.shared.web.SimplePages.show;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.khcn.radiation.DeviceCommand;
import vn.gov.khcn.radiation.DeviceQuery;
import vn.gov.khcn.radiation.RadiationFacilities;
import vn.gov.khcn.radiation.XrayDevice;
import vn.gov.khcn.radiation.XrayDevices;
import vn.gov.khcn.shared.web.RegisterPages;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Filter;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;

@Controller
@RequestMapping("/radiation/devices")
class DevicePages extends RegisterPages<DeviceCommand> {
    private final XrayDevices devices;
    private final RadiationFacilities facilities;

    DevicePages(XrayDevices devices, RadiationFacilities facilities) {
        super("/radiation/devices", () -> DeviceCommand.of(null, null, null, null), c -> devices.record(c).id(), devices::correct);
        this.devices = devices;
        this.facilities = facilities;
    }

    @GetMapping
    String list(DeviceQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
        SimplePages.exportAs(model, "radiation-devices");
        var r = devices.search(query, Math.max(page, 0), 25);
        List<Row> rows = r.items().stream().map(d -> Row.of("/radiation/devices/" + d.id(), d.serial(), d.facilityName(), d.model(),
                d.location())).toList();
        return show(model, new Table("Thiết bị X-quang", null, RadiationForms.addLink(RadiationFacilities.OWNER, "/radiation/devices/new"),
                "Thêm thiết bị", List.of("Số sê-ri", "Cơ sở", "Kiểu máy", "Vị trí"), rows, r,
                SimplePages.base("/radiation/devices", RadiationForms.filters("facilityId", query.facilityId(), "q", query.q())),
                List.of(new Filter("facilityId", "Cơ sở", query.facilityId() == null ? null : query.facilityId().toString(),
                        RadiationForms.facilities(facilities)), new Filter("q", "Số sê-ri", query.q(), List.of())), List.of()));
    }

    @Override
    protected DeviceCommand saved(long id) {
        XrayDevice d = devices.get(id);
        return new DeviceCommand(d.facilityId(), d.serial(), d.model(), d.location(), d.version());
    }

    @Override
    protected Form form(DeviceCommand c, Long id) {
        return new Form(id == null ? "Thêm thiết bị X-quang" : "Máy X-quang", id == null ? "/radiation/devices"
                : "/radiation/devices/" + id, "/radiation/devices", List.of(
                Field.select("facilityId", "Cơ sở bức xạ", c.facilityId(), RadiationForms.facilities(facilities), true),
                Field.text("serial", "Số sê-ri", c.serial(), true), Field.text("model", "Kiểu máy", c.model(), false),
                Field.text("location", "Vị trí đặt máy", c.location(), false)),
                c.version(), null, null, "xray-device", id, List.of()).ownedBy(RadiationFacilities.OWNER);
    }
}
