package vn.gov.khcn.exchange.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.Column;
import vn.gov.khcn.exchange.ColumnType;
import vn.gov.khcn.exchange.ImportRow;
import vn.gov.khcn.exchange.RegisterSpec;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.radiation.Radiation;
import vn.gov.khcn.radiation.RadiationCommands.FacilityCommand;
import vn.gov.khcn.radiation.RadiationFacility;

/** The radiation facility register's spreadsheet; facilities are registered through {@link Radiation} (rules, audit). */
@Component
@Order(140)
public class RadiationFacilityExchange extends RecordImport {
    /** What an unknown facility name in another radiation register's sheet is told. */
    static final String FACILITY_MISSING = "chưa có trong sổ cơ sở bức xạ: thêm cơ sở (hoặc nhập tệp mẫu Cơ sở bức xạ) trước.";
    static final RegisterSpec SPEC = new RegisterSpec("radiation-facilities", "Cơ sở bức xạ", "Co so buc xa", List.of(
            Column.text("Tên cơ sở", true, 500, "Tên tổ chức đúng như trong danh mục tổ chức (nhập danh mục tổ chức trước nếu chưa có). "
                    + "Cơ sở đã có trong sổ thì dòng được bỏ qua."),
            Column.text("Địa chỉ", false, 500, "Địa chỉ nơi đặt thiết bị bức xạ."),
            new Column("Huyện/thành phố", ColumnType.TEXT, false, 100, Districts.CAO_BANG, "Để trống thì lấy theo huyện của tổ chức.")),
            "cùng tên cơ sở (mỗi tổ chức một cơ sở bức xạ)");
    private final Radiation radiation;

    RadiationFacilityExchange(Radiation radiation, Organisations organisations) {
        super(SPEC, () -> new Lookups(organisations));
        this.radiation = radiation;
    }

    @Override
    protected boolean exists(ImportRow row) {
        return radiation.findFacility(row.text(0)).isPresent();
    }

    @Override
    protected void create(ImportRow row, Lookups lookups) {
        radiation.registerFacility(new FacilityCommand(lookups.organisation(row.text(0), "organisationId", "Tổ chức"), row.text(1),
                row.text(2), null));
    }

    @Override
    public void export(Map<String, String> filters, Consumer<Object[]> sink) {
        radiation.facilities().forEach(f -> sink.accept(toRow(f)));
    }

    static Object[] toRow(RadiationFacility f) {
        return new Object[] {f.name(), f.address(), f.district()};
    }

    /** The facility named {@code name} in a radiation register's sheet, or the row's Vietnamese error. */
    static RadiationFacility facility(Lookups lookups, Radiation radiation, String name) {
        return lookups.record(name, radiation::findFacility, "facilityId", "Cơ sở bức xạ", FACILITY_MISSING);
    }
}
