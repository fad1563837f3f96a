package vn.gov.khcn.radiation.internal;

import vn.gov.khcn.shared.DomainException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ColumnType;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.radiation.Radiation;
import vn.gov.khcn.radiation.RadiationCommands.FacilityCommand;
import vn.gov.khcn.radiation.RadiationFacility;
import vn.gov.khcn.exchange.spi.ListFilters;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.RecordImport;

/** The radiation facility register's spreadsheet; facilities are registered through {@link Radiation} (rules, audit). */
@Component
class FacilitySheet extends RecordImport<ListFilters> {
    /** What an unknown facility name in another radiation register's sheet is told. */
    static final String FACILITY_MISSING = "chưa có trong sổ cơ sở bức xạ: thêm cơ sở (hoặc nhập tệp mẫu Cơ sở bức xạ) trước.";
    static final RegisterSpec SPEC = new RegisterSpec("radiation-facilities", "Cơ sở bức xạ", "An toàn bức xạ", "Co so buc xa", List.of(
            Column.text("Tên cơ sở", true, 500, "Tên tổ chức đúng như trong danh mục tổ chức (nhập danh mục tổ chức trước nếu chưa có). "
                    + "Cơ sở đã có trong sổ thì dòng được bỏ qua."),
            Column.text("Địa chỉ", false, 500, "Địa chỉ nơi đặt thiết bị bức xạ."),
            new Column("Huyện/thành phố", ColumnType.TEXT, false, 100, vn.gov.khcn.organisations.Districts.CAO_BANG, "Để trống thì lấy theo huyện của tổ chức.")),
            "cùng tên cơ sở (mỗi tổ chức một cơ sở bức xạ)", List.of("organisations"));
    private final Radiation radiation;
    private final Organisations organisations;

    FacilitySheet(Radiation radiation, Organisations organisations) {
        super(SPEC, ListFilters.class);
        this.organisations = organisations;
        this.radiation = radiation;
    }

    @Override
    protected boolean exists(ImportRow row) {
        return radiation.findFacility(row.text(0)).isPresent();
    }

    @Override
    protected void create(ImportRow row, ImportContext lookups) {
        radiation.registerFacility(new FacilityCommand(lookups.get("organisation", row.text(0), () -> organisations.requireByName(row.text(0), "organisationId", "Tổ chức").id()), row.text(1),
                row.text(2), null));
    }

    @Override
    public void export(ListFilters f, Consumer<Object[]> sink) {
        radiation.facilities().forEach(x -> sink.accept(toRow(x)));
    }

    static Object[] toRow(RadiationFacility f) {
        return new Object[] {f.name(), f.address(), f.district()};
    }

    /** The facility named {@code name} in a radiation register's sheet, or the row's Vietnamese error. */
    static RadiationFacility facility(ImportContext lookups, Radiation radiation, String name) {
        return lookups.get("facility", name, () -> radiation.findFacility(name).orElseThrow(() -> new DomainException("facilityId",
                "Cơ sở bức xạ \"" + name + "\" " + FACILITY_MISSING)));
    }
}
