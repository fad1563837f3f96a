package vn.gov.khcn.radiation.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ColumnType;
import vn.gov.khcn.exchange.spi.PagedExport;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.radiation.RadiationFacilities;
import vn.gov.khcn.radiation.RadiationInspectionCommand;
import vn.gov.khcn.radiation.RadiationInspectionQuery;
import vn.gov.khcn.radiation.RadiationInspections;

/** The radiation-safety inspection register's spreadsheet; inspections are recorded through {@link RadiationInspections}. */
@Component
class RadiationInspectionSheet extends RecordImport<RadiationInspectionQuery> {
    static final Column FACILITY = Column.text("Cơ sở bức xạ", true, 500, "Tên cơ sở đúng như trong sổ cơ sở bức xạ.");
    static final Column ON = Column.date("Ngày kiểm tra", true, "Mỗi cơ sở một lần kiểm tra trong một ngày.");
    static final Column DISTRICT = new Column("Huyện/thành phố", ColumnType.TEXT, false, 100, List.of(),
            "Để trống thì lấy theo huyện của cơ sở (cơ sở chỉ có xã, phường, đặc khu thì để trống).");
    static final Column FINDINGS = Column.text("Kết quả kiểm tra", false, 4000, "Nhận xét, yêu cầu khắc phục.");
    static final RegisterSpec SPEC = new RegisterSpec("radiation-inspections", "Kiểm tra an toàn bức xạ", "An toàn bức xạ", "Kiem tra ATBX",
            List.of(FACILITY, ON, DISTRICT, FINDINGS), "cùng cơ sở và ngày kiểm tra", List.of("radiation-facilities"));

    RadiationInspectionSheet(RadiationInspections inspections, RadiationFacilities facilities) {
        super(SPEC, RadiationInspectionQuery.class, FACILITY, ON);
        existsWhen(row -> inspections.find(row.text(FACILITY), row.date(ON)).isPresent());
        createdBy((row, context) -> inspections.record(new RadiationInspectionCommand(FacilitySheet.facilityId(context, facilities, row.text(FACILITY)),
                row.text(DISTRICT), row.date(ON), row.text(FINDINGS), null, context.reason())));
        exportedBy((query, sink) -> PagedExport.rows(inspections::search, query, sink, i -> SPEC.row().put(FACILITY, i.facilityName())
                .put(ON, i.inspectedOn()).put(DISTRICT, i.district()).put(FINDINGS, i.findings())));
    }
}
