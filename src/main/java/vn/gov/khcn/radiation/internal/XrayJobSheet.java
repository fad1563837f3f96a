package vn.gov.khcn.radiation.internal;

import vn.gov.khcn.shared.DomainException;
import static vn.gov.khcn.exchange.spi.Labels.byLabel;
import static vn.gov.khcn.exchange.spi.Labels.labels;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.radiation.Radiation;
import vn.gov.khcn.radiation.RadiationCommands.XrayJobCommand;
import vn.gov.khcn.radiation.XrayDevice;
import vn.gov.khcn.radiation.XrayJob;
import vn.gov.khcn.radiation.XrayJobKind;
import vn.gov.khcn.radiation.XrayServices;
import vn.gov.khcn.exchange.spi.ListFilters;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.Labels;

/** The application centre's X-ray service jobs as a spreadsheet; jobs are entered through {@link XrayServices} (rules, audit). */
@Component
class XrayJobSheet extends RecordImport<ListFilters> {
    static final String PASS = "Đạt";
    static final String FAIL = "Không đạt";
    static final RegisterSpec SPEC = new RegisterSpec("radiation-xray-jobs", "Kiểm định máy X-quang, kiểm xạ phòng X-quang", "An toàn bức xạ",
            "Dich vu X-quang", List.of(
            Column.choice("Công việc", true, labels(XrayJobKind.values(), XrayJobKind::label), "Chọn trong danh sách."),
            Column.text("Cơ sở", true, 500, "Tên cơ sở đúng như trong sổ cơ sở bức xạ."),
            Column.text("Số sê-ri máy", false, 60, "Khi kiểm định máy: số sê-ri đúng như trong sổ thiết bị X-quang."),
            Column.text("Phòng X-quang", false, 200, "Khi kiểm xạ phòng: tên phòng, ví dụ Phòng X-quang số 1."),
            Column.date("Ngày thực hiện", true, "Ngày dạng dd/mm/yyyy hoặc ô ngày của Excel."),
            Column.choice("Kết quả", true, List.of(PASS, FAIL), "Chọn trong danh sách."),
            Column.text("Số chứng nhận", false, 60, "Số giấy chứng nhận kiểm định hoặc biên bản kiểm xạ.")),
            "cùng công việc, cơ sở, máy (kiểm định máy) hoặc phòng (kiểm xạ phòng) và ngày thực hiện", List.of("radiation-devices", "organisations"));
    private final XrayServices xray;
    private final Radiation radiation;

    XrayJobSheet(XrayServices xray, Radiation radiation, Organisations organisations) {
        super(SPEC, ListFilters.class);
        this.xray = xray;
        this.radiation = radiation;
    }

    private static XrayJobKind kind(ImportRow row) {
        return byLabel(XrayJobKind.values(), XrayJobKind::label, row.text(0));
    }

    @Override
    protected String identity(ImportRow row) {
        return row.text(0) + "|" + row.text(1) + "|" + row.date(4) + "|"
                + (kind(row) == XrayJobKind.MACHINE_VERIFICATION ? row.text(2) : row.text(3));
    }

    @Override
    protected boolean exists(ImportRow row) {
        return xray.find(kind(row), row.text(1), row.text(2), row.text(3), row.date(4)).isPresent();
    }

    @Override
    protected void create(ImportRow row, ImportContext lookups) {
        XrayJobKind kind = kind(row);
        long facility = FacilitySheet.facility(lookups, radiation, row.text(1)).id();
        XrayDevice device = kind == XrayJobKind.MACHINE_VERIFICATION
                ? lookups.get("device", row.text(2), () -> radiation.findDevice(row.text(2)).orElseThrow(() -> new DomainException("deviceId",
                        "Máy X-quang số sê-ri \"" + row.text(2) + "\" chưa có trong sổ thiết bị X-quang: thêm máy (hoặc nhập tệp mẫu Thiết bị X-quang) trước.")))
                : null;
        xray.record(new XrayJobCommand(kind, facility, device == null ? null : device.id(), row.text(3), row.date(4),
                PASS.equals(row.text(5)) ? "PASS" : "FAIL", row.text(6), null));
    }

    @Override
    public void export(ListFilters f, Consumer<Object[]> sink) {
        xray.jobs().forEach(j -> sink.accept(toRow(j)));
    }

    static Object[] toRow(XrayJob j) {
        return new Object[] {j.kind().label(), j.facilityName(), j.deviceSerial(), j.room(), j.performedOn(),
                "PASS".equals(j.result()) ? PASS : FAIL, j.certificateNo()};
    }
}
