package vn.gov.khcn.geography.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.Labels;
import vn.gov.khcn.exchange.spi.PagedExport;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.geography.CommuneCommand;
import vn.gov.khcn.geography.CommuneKind;
import vn.gov.khcn.geography.CommuneQuery;
import vn.gov.khcn.geography.Geography;
import vn.gov.khcn.shared.DomainException;

/**
 * The communes by spreadsheet: code, name, kind, the day from which the commune exists, and the former districts it came
 * from (by name or code, several separated by ";"). Rows go through {@link Geography} (rules, access, audit); a row whose
 * code or name the register has is skipped.
 */
@Component
class CommuneSheet extends RecordImport<CommuneQuery> {
    static final Column CODE = Column.text("Mã xã", true, 20, "Mã đơn vị hành chính cấp xã, chữ không dấu và chữ số.");
    static final Column NAME = Column.text("Tên xã, phường, đặc khu", true, 100,
            "Tên không kèm chữ \"Xã\", \"Phường\" (ví dụ: Hòa An), có dấu. Mã hoặc tên đã có thì dòng được bỏ qua.");
    static final Column KIND = Column.choice("Loại", true, Labels.labels(CommuneKind.values(), CommuneKind::label), "Xã, Phường hoặc Đặc khu.");
    static final Column FROM = Column.date("Hiệu lực từ ngày", true, "Ngày đơn vị bắt đầu hoạt động (01/7/2025 với các xã sau sắp xếp).");
    static final Column ORIGINS = Column.text("Từ huyện cũ", false, 300,
            "Tên hoặc mã huyện cũ mà xã được hình thành từ đó; nhiều huyện cách nhau bằng dấu chấm phẩy. Để trống nếu không rõ.");
    static final RegisterSpec SPEC = new RegisterSpec("communes", "Xã, phường, đặc khu", "Danh mục", "Xa phuong",
            List.of(CODE, NAME, KIND, FROM, ORIGINS), "cùng mã, hoặc cùng tên (không kể dấu, hoa thường)", List.of(FormerDistrictSheet.KEY));

    CommuneSheet(Geography geography) {
        super(SPEC, CommuneQuery.class, row -> row.code(CODE));
        existsWhen(row -> geography.findCommune(row.text(CODE)).isPresent() || geography.findCommune(row.text(NAME)).isPresent());
        createdBy((row, context) -> {
            try {
                geography.recordCommune(CommuneCommand.of(row.text(CODE), row.text(NAME), row.choice(KIND, CommuneKind.values(), CommuneKind::label),
                        row.date(FROM), row.text(ORIGINS)));
            } catch (DomainException e) {
                if (!"formerDistricts".equals(e.field())) {
                    throw e;
                }
                // name the column: the engine names the sheet and the row
                throw new DomainException(e.field(), "Cột " + letter(SPEC.indexOf(ORIGINS)) + " (" + ORIGINS.heading() + "): " + e.getMessage());
            }
        });
        exportedBy((query, sink) -> PagedExport.rows(geography::search, query, sink, c -> SPEC.row().put(CODE, c.code()).put(NAME, c.name())
                .put(KIND, c.kind().label()).put(FROM, c.validFrom()).put(ORIGINS, String.join("; ", c.formerDistricts()))));
    }

    private static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }
}
