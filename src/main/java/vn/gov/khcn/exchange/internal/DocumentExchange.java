package vn.gov.khcn.exchange.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.gov.khcn.documents.Document;
import vn.gov.khcn.documents.DocumentCommand;
import vn.gov.khcn.documents.DocumentNumber;
import vn.gov.khcn.documents.DocumentType;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.exchange.Column;
import vn.gov.khcn.exchange.RegisterImport;
import vn.gov.khcn.exchange.RegisterSpec;
import vn.gov.khcn.exchange.RowWriter;

/** The document register's spreadsheet; rows are registered through {@link Documents} (rules, audit). */
@Component
@Order(2)
public class DocumentExchange implements RegisterImport {
    static final RegisterSpec SPEC = new RegisterSpec("documents", "Văn bản", "Van ban", List.of(
            Column.text("Số, ký hiệu", true, 100, "Ví dụ 1161/TTr-SKH&CN hoặc 24/2020/QĐ-UBND."),
            Column.date("Ngày ban hành", true, "Ngày dạng dd/mm/yyyy (ví dụ 08/09/2021) hoặc ô ngày của Excel."),
            Column.choice("Loại văn bản", false, Arrays.stream(DocumentType.values()).map(DocumentType::label).toList(),
                    "Để trống thì hệ thống lấy theo ký hiệu (TTr → Tờ trình)."),
            Column.text("Cơ quan ban hành", false, 300, "Để trống nếu là văn bản của Sở."),
            Column.text("Trích yếu", false, 4000, "Trích yếu nội dung.")),
            "cùng số, ký hiệu và ngày ban hành");
    private final Documents documents;

    DocumentExchange(Documents documents) {
        this.documents = documents;
    }

    @Override
    public RegisterSpec spec() {
        return SPEC;
    }

    @Override
    public RowWriter open() {
        Set<String> seen = new HashSet<>();
        return row -> {
            String number = DocumentNumber.parse(row.text(0)).text();
            if (!seen.add(number + "|" + row.date(1)) || documents.find(number, row.date(1)).isPresent()) {
                return false;
            }
            DocumentType type = row.text(2) == null ? null
                    : Arrays.stream(DocumentType.values()).filter(t -> t.label().equals(row.text(2))).findFirst().orElseThrow();
            documents.register(new DocumentCommand(number, type, row.date(1), row.text(3), row.text(4), null));
            return true;
        };
    }

    public static Object[] toRow(Document d) {
        return new Object[] {d.numberSymbol(), d.issuedOn(), d.typeCode().label(), d.issuer(), d.summary()};
    }
}
