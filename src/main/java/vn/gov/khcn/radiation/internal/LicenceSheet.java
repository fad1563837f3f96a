package vn.gov.khcn.radiation.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.PagedExport;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.radiation.LicenceCommand;
import vn.gov.khcn.radiation.LicenceQuery;
import vn.gov.khcn.radiation.Licences;
import vn.gov.khcn.radiation.RadiationFacilities;

/** The radiation-work licence register's spreadsheet; licences are entered through {@link Licences} (rules, audit). */
@Component
class LicenceSheet extends RecordImport<LicenceQuery> {
    static final Column NUMBER = Column.text("Số giấy phép", true, 60, "Số giấy phép, duy nhất trong sổ; số đã có thì dòng được bỏ qua.");
    static final Column FACILITY = Column.text("Cơ sở bức xạ", true, 500, "Tên cơ sở đúng như trong sổ cơ sở bức xạ.");
    static final Column ISSUED = Column.date("Ngày cấp", true, "Ngày dạng dd/mm/yyyy hoặc ô ngày của Excel.");
    static final Column EXPIRES = Column.date("Ngày hết hạn", true, "Sau ngày cấp.");
    static final Column SCOPE = Column.text("Phạm vi", false, 1000, "Phạm vi công việc bức xạ được phép.");
    static final RegisterSpec SPEC = new RegisterSpec("radiation-licences", "Giấy phép tiến hành công việc bức xạ", "An toàn bức xạ",
            "Giay phep buc xa", List.of(NUMBER, FACILITY, ISSUED, EXPIRES, SCOPE), "cùng số giấy phép", List.of("radiation-facilities"));

    LicenceSheet(Licences licences, RadiationFacilities facilities) {
        super(SPEC, LicenceQuery.class);
        existsWhen(row -> licences.findByNumber(row.text(NUMBER)).isPresent());
        createdBy((row, context) -> {
            long facility = FacilitySheet.facilityId(context, facilities, row.text(FACILITY));
            licences.issue(LicenceCommand.of(facility, row.text(NUMBER), row.date(ISSUED), row.date(EXPIRES), row.text(SCOPE)));
        });
        exportedBy((query, sink) -> PagedExport.rows(licences::search, query, sink, l -> SPEC.row().put(NUMBER, l.number())
                .put(FACILITY, l.facilityName()).put(ISSUED, l.issuedOn()).put(EXPIRES, l.expiresOn()).put(SCOPE, l.scope())));
    }
}
