package vn.gov.khcn.geography.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.geography.DistrictCommand;
import vn.gov.khcn.geography.DistrictQuery;
import vn.gov.khcn.geography.FormerDistrict;
import vn.gov.khcn.geography.Geography;

/** The former districts by spreadsheet, loaded before the communes that name them; rows go through {@link Geography}. */
@Component
class FormerDistrictSheet extends RecordImport<DistrictQuery> {
    static final String KEY = "former-districts";
    static final Column CODE = Column.text("Mã huyện", true, 20, "Mã đơn vị hành chính cấp huyện (ví dụ 040), chữ không dấu và chữ số.");
    static final Column NAME = Column.text("Tên huyện", true, 100, "Tên huyện, thị xã, thành phố thuộc tỉnh, có dấu. Mã hoặc tên đã có thì dòng được bỏ qua.");
    static final Column UNTIL = Column.date("Hiệu lực đến ngày", true, "Ngày cuối cùng huyện còn là một cấp hành chính (30/6/2025).");
    static final RegisterSpec SPEC = new RegisterSpec(KEY, "Huyện cũ (trước 1/7/2025)", "Danh mục", "Huyen cu",
            List.of(CODE, NAME, UNTIL), "cùng mã, hoặc cùng tên (không kể dấu, hoa thường)", List.of());

    FormerDistrictSheet(Geography geography) {
        super(SPEC, DistrictQuery.class, row -> row.code(CODE));
        existsWhen(row -> geography.findDistrict(row.text(CODE)).isPresent() || geography.findDistrict(row.text(NAME)).isPresent());
        createdBy((row, context) -> geography.recordDistrict(DistrictCommand.of(row.text(CODE), row.text(NAME), row.date(UNTIL))));
        exportedBy((query, sink) -> {
            for (FormerDistrict d : geography.districts()) {
                sink.accept(SPEC.row().put(CODE, d.code()).put(NAME, d.name()).put(UNTIL, d.validUntil()).values());
            }
        });
    }
}
