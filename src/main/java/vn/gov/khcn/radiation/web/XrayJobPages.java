package vn.gov.khcn.radiation.web;

import static vn.gov.khcn.shared.web.SimplePages.show;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.khcn.radiation.RadiationFacilities;
import vn.gov.khcn.radiation.XrayDevices;
import vn.gov.khcn.radiation.XrayJob;
import vn.gov.khcn.radiation.XrayJobCommand;
import vn.gov.khcn.radiation.XrayJobKind;
import vn.gov.khcn.radiation.XrayJobQuery;
import vn.gov.khcn.radiation.XrayResult;
import vn.gov.khcn.radiation.XrayServices;
import vn.gov.khcn.shared.web.RegisterPages;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Filter;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;

/** The application centre's X-ray service jobs: machine verifications and room checks at the radiation facilities. */
@Controller
@RequestMapping("/radiation/xray-jobs")
class XrayJobPages extends RegisterPages<XrayJobCommand> {
    private final XrayServices xray;
    private final RadiationFacilities facilities;
    private final XrayDevices devices;

    XrayJobPages(XrayServices xray, RadiationFacilities facilities, XrayDevices devices) {
        super("/radiation/xray-jobs", () -> XrayJobCommand.room(null, null, null, XrayResult.PASS, null), c -> xray.record(c).id(), xray::correct);
        this.xray = xray;
        this.facilities = facilities;
        this.devices = devices;
    }

    @GetMapping
    String list(XrayJobQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
        SimplePages.exportAs(model, "radiation-xray-jobs");
        var r = xray.search(query, Math.max(page, 0), 25);
        List<Row> rows = r.items().stream().map(j -> Row.of("/radiation/xray-jobs/" + j.id(), j.performedOn(), j.kind().label(),
                j.facilityName(), j.subject(), j.result().label(), j.certificateNo())).toList();
        return show(model, new Table("Kiểm định máy X-quang, kiểm xạ phòng X-quang (Trung tâm Ứng dụng)", null,
                RadiationForms.addLink(XrayServices.OWNER, "/radiation/xray-jobs/new"), "Vào sổ công việc",
                List.of("Ngày", "Công việc", "Cơ sở", "Máy / phòng", "Kết quả", "Số chứng nhận"), rows, r,
                SimplePages.base("/radiation/xray-jobs", RadiationForms.filters("kind", query.kind(), "year", query.year())),
                List.of(new Filter("kind", "Công việc", query.kind() == null ? null : query.kind().name(),
                        SimplePages.options(XrayJobKind.values(), XrayJobKind::label)), Filter.year(query.year())), List.of()));
    }

    @Override
    protected XrayJobCommand saved(long id) {
        XrayJob j = xray.get(id);
        return new XrayJobCommand(j.kind(), j.facilityId(), j.deviceId(), j.room(), j.performedOn(), j.result(),
                j.certificateNo(), j.version(), null);
    }

    @Override
    protected Form form(XrayJobCommand c, Long id) {
        return new Form(id == null ? "Vào sổ kiểm định máy, kiểm xạ phòng X-quang" : "Công việc dịch vụ X-quang",
                id == null ? "/radiation/xray-jobs" : "/radiation/xray-jobs/" + id, "/radiation/xray-jobs", List.of(
                Field.select("kind", "Công việc", c.kind(), SimplePages.options(XrayJobKind.values(), XrayJobKind::label), true),
                Field.select("facilityId", "Cơ sở", c.facilityId(), RadiationForms.facilities(facilities), true),
                Field.select("deviceId", "Máy X-quang (khi kiểm định máy)", c.deviceId(), RadiationForms.devices(devices), false),
                Field.text("room", "Phòng X-quang (khi kiểm xạ phòng)", c.room(), false),
                Field.of("date", "performedOn", "Ngày thực hiện", c.performedOn(), true),
                Field.select("result", "Kết quả", c.result(), SimplePages.options(XrayResult.values(), XrayResult::label), true),
                Field.text("certificateNo", "Số chứng nhận", c.certificateNo(), false),
                Field.reason(id)), c.version(), null, null, "xray-job", id, List.of()).ownedBy(XrayServices.OWNER);
    }
}
