package vn.gov.khcn.organisations.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.Labels;
import vn.gov.khcn.exchange.spi.PagedExport;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.geography.Geography;
import vn.gov.khcn.organisations.OrganisationCommand;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.organisations.OrganisationQuery;
import vn.gov.khcn.organisations.Organisations;

/**
 * The organisation register's spreadsheet; rows are added through {@link Organisations} (rules, audit). The commune
 * (column F) and the former district (column C) are read from the geography register, by name or code: a value it
 * lacks is refused once per column, naming the accepted ones; the commune typed before (column D) stays text.
 */
@Component
class OrganisationSheet extends RecordImport<OrganisationQuery> {
    static final Column NAME = Column.text("Tên tổ chức", true, 500, "Tên đầy đủ, có dấu. Tên đã có trong danh mục thì dòng được bỏ qua.");
    static final Column KIND = Column.choice("Loại tổ chức", true, Labels.labels(OrganisationKind.values(), OrganisationKind::label),
            "Chọn trong danh sách.");
    static final Column FORMER_COMMUNE = Column.text("Xã/phường/thị trấn", false, 100,
            "Xã, phường, thị trấn trước 1/7/2025, như hồ sơ cũ ghi (văn bản).");
    static final Column TAX_CODE = Column.text("Mã số thuế", false, 20, "10 chữ số, hoặc 10 chữ số-3 chữ số; gõ dạng văn bản để giữ số 0 đầu.");

    @org.springframework.beans.factory.annotation.Autowired
    OrganisationSheet(Organisations organisations, Geography geography) {
        this(Column.vocabulary("Huyện/thành phố", false, geography.districtChoices(),
                        "Huyện cũ (trước 1/7/2025) trong danh mục địa giới: tên hoặc mã. Để trống với tổ chức chỉ có xã mới."),
                Column.vocabulary("Xã/phường/đặc khu", false, geography.communeChoices(),
                        "Xã, phường, đặc khu (từ 1/7/2025) trong danh mục địa giới: tên hoặc mã."), organisations);
    }

    private OrganisationSheet(Column district, Column commune, Organisations organisations) {
        super(new RegisterSpec("organisations", "Tổ chức", "Tổ chức và văn bản", "To chuc",
                List.of(NAME, KIND, district, FORMER_COMMUNE, TAX_CODE, commune), "cùng tên tổ chức", List.of("former-districts", "communes")),
                OrganisationQuery.class);
        existsWhen(row -> organisations.findByName(row.text(NAME)).isPresent());
        createdBy((row, context) -> organisations.record(new OrganisationCommand(row.text(NAME), row.choice(KIND, OrganisationKind.values(), OrganisationKind::label),
                row.text(district), row.text(commune), row.text(TAX_CODE), null, row.text(FORMER_COMMUNE))));
        exportedBy((query, sink) -> PagedExport.rows(organisations::search, query, sink, o -> spec().row().put(NAME, o.name())
                .put(KIND, o.kind().label()).put(district, o.district()).put(FORMER_COMMUNE, o.formerCommune()).put(TAX_CODE, o.taxCode())
                .put(commune, o.commune())));
    }
}
