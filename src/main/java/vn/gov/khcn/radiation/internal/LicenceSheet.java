package vn.gov.khcn.radiation.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.radiation.Licence;
import vn.gov.khcn.radiation.Radiation;
import vn.gov.khcn.radiation.RadiationCommands.LicenceCommand;
import vn.gov.khcn.exchange.spi.ListFilters;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.RecordImport;

/** The radiation-work licence register's spreadsheet; licences are entered through {@link Radiation} (rules, audit). */
@Component
class LicenceSheet extends RecordImport<ListFilters> {
    static final RegisterSpec SPEC = new RegisterSpec("radiation-licences", "Giấy phép tiến hành công việc bức xạ", "An toàn bức xạ", "Giay phep buc xa",
            List.of(
                    Column.text("Số giấy phép", true, 60, "Số giấy phép, duy nhất trong sổ; số đã có thì dòng được bỏ qua."),
                    Column.text("Cơ sở bức xạ", true, 500, "Tên cơ sở đúng như trong sổ cơ sở bức xạ."),
                    Column.date("Ngày cấp", true, "Ngày dạng dd/mm/yyyy hoặc ô ngày của Excel."),
                    Column.date("Ngày hết hạn", true, "Sau ngày cấp."),
                    Column.text("Phạm vi", false, 1000, "Phạm vi công việc bức xạ được phép.")),
            "cùng số giấy phép", List.of("radiation-facilities"));
    private final Radiation radiation;

    LicenceSheet(Radiation radiation, Organisations organisations) {
        super(SPEC, ListFilters.class);
        this.radiation = radiation;
    }

    @Override
    protected boolean exists(ImportRow row) {
        return radiation.findLicence(row.text(0)).isPresent();
    }

    @Override
    protected void create(ImportRow row, ImportContext lookups) {
        radiation.issueLicence(new LicenceCommand(FacilitySheet.facility(lookups, radiation, row.text(1)).id(), row.text(0),
                row.date(2), row.date(3), row.text(4), null));
    }

    @Override
    public void export(ListFilters f, Consumer<Object[]> sink) {
        radiation.licences().forEach(l -> sink.accept(toRow(l)));
    }

    static Object[] toRow(Licence l) {
        return new Object[] {l.number(), l.facilityName(), l.issuedOn(), l.expiresOn(), l.scope()};
    }
}
