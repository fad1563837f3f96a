package vn.gov.khcn.radiation.internal;

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
import vn.gov.khcn.radiation.RadiationCommands.InspectionCommand;
import vn.gov.khcn.radiation.RadiationInspection;
import vn.gov.khcn.exchange.spi.ListFilters;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.RecordImport;

/** The radiation-safety inspection register's spreadsheet; inspections are entered through {@link Radiation} (rules, audit). */
@Component
class RadiationInspectionSheet extends RecordImport<ListFilters> {
    static final RegisterSpec SPEC = new RegisterSpec("radiation-inspections", "Kiểm tra an toàn bức xạ", "An toàn bức xạ", "Kiem tra ATBX", List.of(
            Column.text("Cơ sở bức xạ", true, 500, "Tên cơ sở đúng như trong sổ cơ sở bức xạ."),
            Column.date("Ngày kiểm tra", true, "Mỗi cơ sở một lần kiểm tra trong một ngày."),
            new Column("Huyện/thành phố", ColumnType.TEXT, false, 100, vn.gov.khcn.organisations.Districts.CAO_BANG, "Để trống thì lấy theo huyện của cơ sở."),
            Column.text("Kết quả kiểm tra", false, 4000, "Nhận xét, yêu cầu khắc phục.")),
            "cùng cơ sở và ngày kiểm tra", List.of("radiation-facilities"));
    private final Radiation radiation;

    RadiationInspectionSheet(Radiation radiation, Organisations organisations) {
        super(SPEC, ListFilters.class);
        this.radiation = radiation;
    }

    @Override
    protected String identity(ImportRow row) {
        return row.text(0) + "|" + row.date(1);
    }

    @Override
    protected boolean exists(ImportRow row) {
        return radiation.findInspection(row.text(0), row.date(1)).isPresent();
    }

    @Override
    protected void create(ImportRow row, ImportContext lookups) {
        radiation.recordInspection(new InspectionCommand(FacilitySheet.facility(lookups, radiation, row.text(0)).id(),
                row.text(2), row.date(1), row.text(3), null, null));
    }

    @Override
    public void export(ListFilters f, Consumer<Object[]> sink) {
        radiation.inspections(f.integer("year")).forEach(i -> sink.accept(toRow(i)));
    }

    static Object[] toRow(RadiationInspection i) {
        return new Object[] {i.facilityName(), i.inspectedOn(), i.district(), i.findings()};
    }
}
