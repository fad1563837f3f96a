package vn.gov.khcn.radiation.internal;

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
import vn.gov.khcn.radiation.Dossier;
import vn.gov.khcn.radiation.DossierOutcome;
import vn.gov.khcn.radiation.Radiation;
import vn.gov.khcn.radiation.RadiationCommands.DossierCommand;
import vn.gov.khcn.exchange.spi.ListFilters;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.Labels;

/** The radiation-safety dossier register's spreadsheet; dossiers are entered through {@link Radiation} (rules, audit). */
@Component
class DossierSheet extends RecordImport<ListFilters> {
    static final RegisterSpec SPEC = new RegisterSpec("radiation-dossiers", "Hồ sơ an toàn bức xạ, hạt nhân", "An toàn bức xạ", "Ho so ATBX", List.of(
            Column.text("Cơ sở bức xạ", true, 500, "Tên cơ sở đúng như trong sổ cơ sở bức xạ."),
            Column.text("Nội dung hồ sơ", true, 500, "Ví dụ: Hồ sơ đề nghị gia hạn giấy phép."),
            Column.date("Ngày nhận", true, "Ngày nhận hồ sơ."),
            Column.date("Ngày giải quyết", false, "Để trống nếu đang giải quyết; số ngày giải quyết do hệ thống tính."),
            Column.choice("Kết quả giải quyết", false, labels(DossierOutcome.values(), DossierOutcome::label),
                    "Cần khi có ngày giải quyết; để trống nếu đang giải quyết.")),
            "cùng cơ sở, ngày nhận và nội dung hồ sơ", List.of("radiation-facilities"));
    private final Radiation radiation;

    DossierSheet(Radiation radiation, Organisations organisations) {
        super(SPEC, ListFilters.class);
        this.radiation = radiation;
    }

    @Override
    protected String identity(ImportRow row) {
        return row.text(0) + "|" + row.date(2) + "|" + row.text(1);
    }

    @Override
    protected boolean exists(ImportRow row) {
        return radiation.findDossier(row.text(0), row.date(2), row.text(1)).isPresent();
    }

    @Override
    protected void create(ImportRow row, ImportContext lookups) {
        radiation.receiveDossier(new DossierCommand(FacilitySheet.facility(lookups, radiation, row.text(0)).id(), row.text(1),
                row.date(2), row.date(3), byLabel(DossierOutcome.values(), DossierOutcome::label, row.text(4)), null, null));
    }

    @Override
    public void export(ListFilters f, Consumer<Object[]> sink) {
        radiation.dossiers(f.integer("year")).forEach(d -> sink.accept(toRow(d)));
    }

    static Object[] toRow(Dossier d) {
        return new Object[] {d.facilityName(), d.subject(), d.receivedOn(), d.resolvedOn(), d.outcome() == null ? null : d.outcome().label()};
    }
}
