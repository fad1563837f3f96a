package vn.gov.khcn.radiation.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.PagedExport;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.radiation.DeviceCommand;
import vn.gov.khcn.radiation.DeviceQuery;
import vn.gov.khcn.radiation.RadiationFacilities;
import vn.gov.khcn.radiation.XrayDevices;

/** The X-ray machine register's spreadsheet; machines are added through {@link XrayDevices} (rules, audit). */
@Component
class DeviceSheet extends RecordImport<DeviceQuery> {
    static final Column SERIAL = Column.text("Số sê-ri", true, 60, "Số sê-ri của máy, duy nhất trong sổ; số đã có thì dòng được bỏ qua.");
    static final Column FACILITY = Column.text("Cơ sở bức xạ", true, 500, "Tên cơ sở đúng như trong sổ cơ sở bức xạ.");
    static final Column MODEL = Column.text("Kiểu máy", false, 200, "Ví dụ: Máy X-quang chẩn đoán thông thường.");
    static final Column LOCATION = Column.text("Vị trí đặt máy", false, 300, "Ví dụ: Phòng X-quang số 1.");
    static final RegisterSpec SPEC = new RegisterSpec("radiation-devices", "Thiết bị X-quang", "An toàn bức xạ", "Thiet bi X-quang",
            List.of(SERIAL, FACILITY, MODEL, LOCATION), "cùng số sê-ri", List.of("radiation-facilities"));

    DeviceSheet(XrayDevices devices, RadiationFacilities facilities) {
        super(SPEC, DeviceQuery.class);
        existsWhen(row -> devices.findBySerial(row.text(SERIAL)).isPresent());
        createdBy((row, context) -> {
            long facility = FacilitySheet.facilityId(context, facilities, row.text(FACILITY));
            devices.record(DeviceCommand.of(facility, row.text(SERIAL), row.text(MODEL), row.text(LOCATION)));
        });
        exportedBy((query, sink) -> PagedExport.rows(devices::search, query, sink, d -> SPEC.row().put(SERIAL, d.serial())
                .put(FACILITY, d.facilityName()).put(MODEL, d.model()).put(LOCATION, d.location())));
    }
}
