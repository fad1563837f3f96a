package vn.gov.khcn.radiation.internal;

import static vn.gov.khcn.exchange.spi.Labels.labels;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.PagedExport;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.radiation.RadiationFacilities;
import vn.gov.khcn.radiation.XrayDevices;
import vn.gov.khcn.radiation.XrayJobCommand;
import vn.gov.khcn.radiation.XrayJobKind;
import vn.gov.khcn.radiation.XrayJobQuery;
import vn.gov.khcn.radiation.XrayResult;
import vn.gov.khcn.radiation.XrayServices;

/** The application centre's X-ray service jobs as a spreadsheet; jobs are recorded through {@link XrayServices} (rules, audit). */
@Component
class XrayJobSheet extends RecordImport<XrayJobQuery> {
    static final Column KIND = Column.choice("Công việc", true, labels(XrayJobKind.values(), XrayJobKind::label), "Chọn trong danh sách.");
    static final Column FACILITY = Column.text("Cơ sở", true, 500, "Tên cơ sở đúng như trong sổ cơ sở bức xạ.");
    static final Column SERIAL = Column.text("Số sê-ri máy", false, 60, "Khi kiểm định máy: số sê-ri đúng như trong sổ thiết bị X-quang.");
    static final Column ROOM = Column.text("Phòng X-quang", false, 200, "Khi kiểm xạ phòng: tên phòng, ví dụ Phòng X-quang số 1.");
    static final Column ON = Column.date("Ngày thực hiện", true, "Ngày dạng dd/mm/yyyy hoặc ô ngày của Excel.");
    static final Column RESULT = Column.choice("Kết quả", true, labels(XrayResult.values(), XrayResult::label), "Chọn trong danh sách.");
    static final Column CERTIFICATE = Column.text("Số chứng nhận", false, 60, "Số giấy chứng nhận kiểm định hoặc biên bản kiểm xạ.");
    static final RegisterSpec SPEC = new RegisterSpec("radiation-xray-jobs", "Kiểm định máy X-quang, kiểm xạ phòng X-quang", "An toàn bức xạ",
            "Dich vu X-quang", List.of(KIND, FACILITY, SERIAL, ROOM, ON, RESULT, CERTIFICATE),
            "cùng công việc, cơ sở, máy (kiểm định máy) hoặc phòng (kiểm xạ phòng) và ngày thực hiện", List.of("radiation-devices", "organisations"));

    XrayJobSheet(XrayServices xray, RadiationFacilities facilities, XrayDevices devices) {
        super(SPEC, XrayJobQuery.class);
        existsWhen(row -> xray.find(kind(row), row.text(FACILITY), row.text(SERIAL), row.text(ROOM), row.date(ON)).isPresent());
        createdBy((row, context) -> {
            XrayJobKind kind = kind(row);
            Long device = kind.onMachine() && row.text(SERIAL) != null
                    ? context.get("device", row.text(SERIAL), () -> devices.requireBySerial(row.text(SERIAL), "deviceId")).id() : null;
            xray.record(new XrayJobCommand(kind, FacilitySheet.facilityId(context, facilities, row.text(FACILITY)), device,
                    kind.onMachine() ? null : row.text(ROOM), row.date(ON), row.choice(RESULT, XrayResult.values(), XrayResult::label),
                    row.text(CERTIFICATE), null, context.reason()));
        });
        exportedBy((query, sink) -> PagedExport.rows(xray::search, query, sink, j -> SPEC.row().put(KIND, j.kind().label())
                .put(FACILITY, j.facilityName()).put(SERIAL, j.deviceSerial()).put(ROOM, j.room()).put(ON, j.performedOn())
                .put(RESULT, j.result().label()).put(CERTIFICATE, j.certificateNo())));
    }

    private static XrayJobKind kind(ImportRow row) {
        return row.choice(KIND, XrayJobKind.values(), XrayJobKind::label);
    }

    @Override
    protected String identity(ImportRow row) {
        return row.text(KIND) + "|" + row.text(FACILITY) + "|" + row.date(ON) + "|" + (kind(row).onMachine() ? row.text(SERIAL) : row.text(ROOM));
    }
}
