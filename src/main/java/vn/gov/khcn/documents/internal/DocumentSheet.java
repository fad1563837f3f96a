package vn.gov.khcn.documents.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.gov.khcn.documents.Document;
import vn.gov.khcn.documents.DocumentCommand;
import vn.gov.khcn.documents.DocumentNumber;
import vn.gov.khcn.documents.DocumentType;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.exchange.spi.ListFilters;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.Labels;

/** The document register's spreadsheet; rows are registered through {@link Documents} (rules, audit). */
@Component
class DocumentSheet extends RecordImport<ListFilters> {
    static final RegisterSpec SPEC = new RegisterSpec("documents", "Văn bản", "Tổ chức và văn bản", "Van ban", List.of(
            Column.text("Số, ký hiệu", true, 100, "Ví dụ 1161/TTr-SKH&CN hoặc 24/2020/QĐ-UBND."),
            Column.date("Ngày ban hành", true, "Ngày dạng dd/mm/yyyy (ví dụ 08/09/2021) hoặc ô ngày của Excel."),
            Column.choice("Loại văn bản", false, Arrays.stream(DocumentType.values()).map(DocumentType::label).toList(),
                    "Để trống thì hệ thống lấy theo ký hiệu (TTr → Tờ trình)."),
            Column.text("Cơ quan ban hành", false, 300, "Để trống nếu là văn bản của Sở."),
            Column.text("Trích yếu", false, 4000, "Trích yếu nội dung.")),
            "cùng số, ký hiệu và ngày ban hành", List.of());
    private final Documents documents;

    DocumentSheet(Documents documents) {
        super(SPEC, ListFilters.class);
        this.documents = documents;
    }

    @Override
    protected String identity(ImportRow row) {
        return DocumentNumber.parse(row.text(0)).text() + "|" + row.date(1);
    }

    @Override
    protected boolean exists(ImportRow row) {
        return documents.find(DocumentNumber.parse(row.text(0)).text(), row.date(1)).isPresent();
    }

    @Override
    protected void create(ImportRow row, ImportContext lookups) {
        documents.register(new DocumentCommand(DocumentNumber.parse(row.text(0)).text(),
                Labels.byLabel(DocumentType.values(), DocumentType::label, row.text(2)), row.date(1), row.text(3), row.text(4), null));
    }

    @Override
    public void export(ListFilters f, Consumer<Object[]> sink) {
        documents.stream(f.text("q"), f.choice("type", DocumentType.class), f.integer("year"), d -> sink.accept(toRow(d)));
    }

    public static Object[] toRow(Document d) {
        return new Object[] {d.numberSymbol(), d.issuedOn(), d.typeCode().label(), d.issuer(), d.summary()};
    }
}
