package vn.gov.khcn.radiation.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ColumnType;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.PagedExport;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.radiation.FacilityCommand;
import vn.gov.khcn.radiation.FacilityQuery;
import vn.gov.khcn.radiation.RadiationFacilities;

/** The radiation facility register's spreadsheet; facilities are added through {@link RadiationFacilities} (rules, audit). */
@Component
class FacilitySheet extends RecordImport<FacilityQuery> {
    static final Column NAME = Column.text("Tên cơ sở", true, 500, "Tên tổ chức đúng như trong danh mục tổ chức (nhập danh mục tổ chức "
            + "trước nếu chưa có). Cơ sở đã có trong sổ thì dòng được bỏ qua.");
    static final Column ADDRESS = Column.text("Địa chỉ", false, 500, "Địa chỉ nơi đặt thiết bị bức xạ.");
    static final Column DISTRICT = new Column("Huyện/thành phố", ColumnType.TEXT, false, 100, List.of(),
            "Để trống thì lấy theo huyện của tổ chức; tổ chức chỉ có xã, phường, đặc khu (từ 1/7/2025) thì để trống được.");
    static final RegisterSpec SPEC = new RegisterSpec("radiation-facilities", "Cơ sở bức xạ", "An toàn bức xạ", "Co so buc xa",
            List.of(NAME, ADDRESS, DISTRICT), "cùng tên cơ sở (mỗi tổ chức một cơ sở bức xạ)", List.of("organisations"));

    FacilitySheet(RadiationFacilities facilities, Organisations organisations) {
        super(SPEC, FacilityQuery.class);
        existsWhen(row -> facilities.findByName(row.text(NAME)).isPresent());
        createdBy((row, context) -> {
            long organisation = context.get("organisation", row.text(NAME),
                    () -> organisations.requireByName(row.text(NAME), "organisationId", "Tổ chức").id());
            facilities.record(FacilityCommand.of(organisation, row.text(ADDRESS), row.text(DISTRICT)));
        });
        exportedBy((query, sink) -> PagedExport.rows(facilities::search, query, sink, f -> SPEC.row().put(NAME, f.name())
                .put(ADDRESS, f.address()).put(DISTRICT, f.district())));
    }

    /** The facility a row of another radiation register names, looked up once per import. */
    static long facilityId(ImportContext context, RadiationFacilities facilities, String name) {
        return context.get("facility", name, () -> facilities.requireByName(name, "facilityId")).id();
    }
}
