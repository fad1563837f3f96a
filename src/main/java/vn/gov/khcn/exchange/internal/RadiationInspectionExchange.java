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
import vn.gov.khcn.radiation.RadiationCommands.InspectionCommand;
import vn.gov.khcn.radiation.RadiationInspection;

/** The radiation-safety inspection register's spreadsheet; inspections are entered through {@link Radiation} (rules, audit). */
@Component
@Order(180)
public class RadiationInspectionExchange extends RecordImport {
    static final RegisterSpec SPEC = new RegisterSpec("radiation-inspections", "Kiểm tra an toàn bức xạ", "Kiem tra ATBX", List.of(
            Column.text("Cơ sở bức xạ", true, 500, "Tên cơ sở đúng như trong sổ cơ sở bức xạ."),
            Column.date("Ngày kiểm tra", true, "Mỗi cơ sở một lần kiểm tra trong một ngày."),
            new Column("Huyện/thành phố", ColumnType.TEXT, false, 100, Districts.CAO_BANG, "Để trống thì lấy theo huyện của cơ sở."),
            Column.text("Kết quả kiểm tra", false, 4000, "Nhận xét, yêu cầu khắc phục.")),
            "cùng cơ sở và ngày kiểm tra");
    private final Radiation radiation;

    RadiationInspectionExchange(Radiation radiation, Organisations organisations) {
        super(SPEC, () -> new Lookups(organisations));
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
    protected void create(ImportRow row, Lookups lookups) {
        radiation.recordInspection(new InspectionCommand(RadiationFacilityExchange.facility(lookups, radiation, row.text(0)).id(),
                row.text(2), row.date(1), row.text(3), null, null));
    }

    @Override
    public void export(Map<String, String> filters, Consumer<Object[]> sink) {
        radiation.inspections(new ListFilters(filters).integer("year")).forEach(i -> sink.accept(toRow(i)));
    }

    static Object[] toRow(RadiationInspection i) {
        return new Object[] {i.facilityName(), i.inspectedOn(), i.district(), i.findings()};
    }
}
