package vn.gov.khcn.organisations.internal;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ColumnType;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.Labels;
import vn.gov.khcn.exchange.spi.PagedExport;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.organisations.OrganisationCommand;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.organisations.OrganisationQuery;
import vn.gov.khcn.organisations.Organisations;

/** The organisation register's spreadsheet; rows are added through {@link Organisations} (rules, audit). */
@Component
class OrganisationSheet extends RecordImport<OrganisationQuery> {
    static final Column NAME = Column.text("Tên tổ chức", true, 500, "Tên đầy đủ, có dấu. Tên đã có trong danh mục thì dòng được bỏ qua.");
    static final Column KIND = Column.choice("Loại tổ chức", true, Labels.labels(OrganisationKind.values(), OrganisationKind::label),
            "Chọn trong danh sách.");
    static final Column DISTRICT = new Column("Huyện/thành phố", ColumnType.TEXT, false, 100, List.of(),
            "Gõ tên huyện, thị xã, thành phố thuộc tỉnh (hồ sơ trước 01/7/2025).");
    static final Column COMMUNE = Column.text("Xã/phường/thị trấn", false, 100, "Tên xã, phường, thị trấn.");
    static final Column TAX_CODE = Column.text("Mã số thuế", false, 20, "10 chữ số, hoặc 10 chữ số-3 chữ số; gõ dạng văn bản để giữ số 0 đầu.");
    static final RegisterSpec SPEC = new RegisterSpec("organisations", "Tổ chức", "Tổ chức và văn bản", "To chuc",
            List.of(NAME, KIND, DISTRICT, COMMUNE, TAX_CODE), "cùng tên tổ chức", List.of());
    private final Organisations organisations;

    OrganisationSheet(Organisations organisations) {
        super(SPEC, OrganisationQuery.class);
        this.organisations = organisations;
    }

    @Override
    protected boolean exists(ImportRow row) {
        return organisations.findByName(row.text(NAME)).isPresent();
    }

    @Override
    protected void create(ImportRow row, ImportContext context) {
        organisations.record(OrganisationCommand.of(row.text(NAME), row.choice(KIND, OrganisationKind.values(), OrganisationKind::label),
                row.text(DISTRICT), row.text(COMMUNE), row.text(TAX_CODE)));
    }

    @Override
    public void export(OrganisationQuery query, Consumer<Object[]> sink) {
        PagedExport.each(n -> organisations.search(query, n, PagedExport.SIZE), o -> sink.accept(SPEC.row().put(NAME, o.name())
                .put(KIND, o.kind().label()).put(DISTRICT, o.district()).put(COMMUNE, o.commune()).put(TAX_CODE, o.taxCode()).values()));
    }
}
