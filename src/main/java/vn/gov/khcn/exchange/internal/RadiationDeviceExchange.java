package vn.gov.khcn.exchange.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.Column;
import vn.gov.khcn.exchange.ImportRow;
import vn.gov.khcn.exchange.RegisterSpec;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.radiation.Radiation;
import vn.gov.khcn.radiation.RadiationCommands.DeviceCommand;
import vn.gov.khcn.radiation.XrayDevice;

/** The X-ray device register's spreadsheet; devices are registered through {@link Radiation} (rules, audit). */
@Component
@Order(150)
public class RadiationDeviceExchange extends RecordImport {
    static final RegisterSpec SPEC = new RegisterSpec("radiation-devices", "Thiết bị X-quang", "Thiet bi X-quang", List.of(
            Column.text("Số sê-ri", true, 60, "Số sê-ri của máy, duy nhất trong sổ; số đã có thì dòng được bỏ qua."),
            Column.text("Cơ sở bức xạ", true, 500, "Tên cơ sở đúng như trong sổ cơ sở bức xạ."),
            Column.text("Kiểu máy", false, 200, "Ví dụ: Máy X-quang chẩn đoán thông thường."),
            Column.text("Vị trí đặt máy", false, 300, "Ví dụ: Phòng X-quang số 1.")),
            "cùng số sê-ri");
    private final Radiation radiation;

    RadiationDeviceExchange(Radiation radiation, Organisations organisations) {
        super(SPEC, () -> new Lookups(organisations));
        this.radiation = radiation;
    }

    @Override
    protected boolean exists(ImportRow row) {
        return radiation.findDevice(row.text(0)).isPresent();
    }

    @Override
    protected void create(ImportRow row, Lookups lookups) {
        radiation.registerDevice(new DeviceCommand(RadiationFacilityExchange.facility(lookups, radiation, row.text(1)).id(), row.text(0),
                row.text(2), row.text(3), null));
    }

    @Override
    public void export(Map<String, String> filters, Consumer<Object[]> sink) {
        radiation.devices().forEach(d -> sink.accept(toRow(d)));
    }

    static Object[] toRow(XrayDevice d) {
        return new Object[] {d.serial(), d.facilityName(), d.model(), d.location()};
    }
}
