package vn.gov.khcn.radiation.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.radiation.Radiation;
import vn.gov.khcn.radiation.RadiationCommands.DeviceCommand;
import vn.gov.khcn.radiation.XrayDevice;
import vn.gov.khcn.exchange.spi.ListFilters;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.RecordImport;

/** The X-ray device register's spreadsheet; devices are registered through {@link Radiation} (rules, audit). */
@Component
class DeviceSheet extends RecordImport<ListFilters> {
    static final RegisterSpec SPEC = new RegisterSpec("radiation-devices", "Thiết bị X-quang", "An toàn bức xạ", "Thiet bi X-quang", List.of(
            Column.text("Số sê-ri", true, 60, "Số sê-ri của máy, duy nhất trong sổ; số đã có thì dòng được bỏ qua."),
            Column.text("Cơ sở bức xạ", true, 500, "Tên cơ sở đúng như trong sổ cơ sở bức xạ."),
            Column.text("Kiểu máy", false, 200, "Ví dụ: Máy X-quang chẩn đoán thông thường."),
            Column.text("Vị trí đặt máy", false, 300, "Ví dụ: Phòng X-quang số 1.")),
            "cùng số sê-ri", List.of("radiation-facilities"));
    private final Radiation radiation;

    DeviceSheet(Radiation radiation, Organisations organisations) {
        super(SPEC, ListFilters.class);
        this.radiation = radiation;
    }

    @Override
    protected boolean exists(ImportRow row) {
        return radiation.findDevice(row.text(0)).isPresent();
    }

    @Override
    protected void create(ImportRow row, ImportContext lookups) {
        radiation.registerDevice(new DeviceCommand(FacilitySheet.facility(lookups, radiation, row.text(1)).id(), row.text(0),
                row.text(2), row.text(3), null));
    }

    @Override
    public void export(ListFilters f, Consumer<Object[]> sink) {
        radiation.devices().forEach(d -> sink.accept(toRow(d)));
    }

    static Object[] toRow(XrayDevice d) {
        return new Object[] {d.serial(), d.facilityName(), d.model(), d.location()};
    }
}
