package vn.gov.khcn.organisations.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ColumnType;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.organisations.Organisation;
import vn.gov.khcn.organisations.OrganisationCommand;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.exchange.spi.ListFilters;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.RecordImport;

/** The organisation register's spreadsheet; rows are added through {@link Organisations} (rules, audit). */
@Component
class OrganisationSheet extends RecordImport<ListFilters> {
    static final RegisterSpec SPEC = new RegisterSpec("organisations", "Tổ chức", "Tổ chức và văn bản", "To chuc", List.of(
            Column.text("Tên tổ chức", true, 500, "Tên đầy đủ, có dấu. Tên đã có trong danh mục thì dòng được bỏ qua."),
            Column.choice("Loại tổ chức", true, Arrays.stream(OrganisationKind.values()).map(OrganisationKind::label).toList(),
                    "Chọn trong danh sách."),
            new Column("Huyện/thành phố", ColumnType.TEXT, false, 100, vn.gov.khcn.organisations.Districts.CAO_BANG, "Chọn trong danh sách hoặc gõ tên huyện."),
            Column.text("Xã/phường/thị trấn", false, 100, "Tên xã, phường, thị trấn."),
            Column.text("Mã số thuế", false, 20, "10 chữ số, hoặc 10 chữ số-3 chữ số; gõ dạng văn bản để giữ số 0 đầu.")),
            "cùng tên tổ chức", List.of());
    private final Organisations organisations;

    OrganisationSheet(Organisations organisations) {
        super(SPEC, ListFilters.class);
        this.organisations = organisations;
    }

    @Override
    protected boolean exists(ImportRow row) {
        return organisations.findByName(row.text(0)).isPresent();
    }

    @Override
    protected void create(ImportRow row, ImportContext lookups) {
        organisations.create(new OrganisationCommand(row.text(0), kind(row.text(1)), row.text(2), row.text(3), row.text(4), null));
    }

    @Override
    public void export(ListFilters f, Consumer<Object[]> sink) {
        organisations.stream(f.text("q"), f.choice("kind", OrganisationKind.class), f.text("district"), o -> sink.accept(toRow(o)));
    }

    static OrganisationKind kind(String label) {
        return Arrays.stream(OrganisationKind.values()).filter(k -> k.label().equals(label)).findFirst().orElseThrow();
    }

    public static Object[] toRow(Organisation o) {
        return new Object[] {o.name(), o.kind().label(), o.district(), o.commune(), o.taxCode()};
    }

}
