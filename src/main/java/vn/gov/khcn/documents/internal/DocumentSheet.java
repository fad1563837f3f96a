package vn.gov.khcn.documents.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.documents.DocumentCommand;
import vn.gov.khcn.documents.DocumentNumber;
import vn.gov.khcn.documents.DocumentQuery;
import vn.gov.khcn.documents.DocumentType;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.Labels;
import vn.gov.khcn.exchange.spi.PagedExport;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;

/** The document register's spreadsheet; rows are registered through {@link Documents} (rules, audit). */
@Component
class DocumentSheet extends RecordImport<DocumentQuery> {
    static final Column NUMBER = Column.text("Số, ký hiệu", true, 100, "Ví dụ 1161/TTr-SKH&CN hoặc 24/2020/QĐ-UBND.");
    static final Column ISSUED = Column.date("Ngày ban hành", true, "Ngày dạng dd/mm/yyyy (ví dụ 08/09/2021) hoặc ô ngày của Excel.");
    static final Column TYPE = Column.choice("Loại văn bản", false, Labels.labels(DocumentType.values(), DocumentType::label),
            "Để trống thì hệ thống lấy theo ký hiệu (TTr → Tờ trình).");
    static final Column ISSUER = Column.text("Cơ quan ban hành", false, 300, "Để trống nếu là văn bản của Sở.");
    static final Column SUMMARY = Column.text("Trích yếu", false, 4000, "Trích yếu nội dung.");
    static final RegisterSpec SPEC = new RegisterSpec("documents", "Văn bản", "Tổ chức và văn bản", "Van ban",
            List.of(NUMBER, ISSUED, TYPE, ISSUER, SUMMARY), "cùng số, ký hiệu và ngày ban hành", List.of());

    DocumentSheet(Documents documents) {
        super(SPEC, DocumentQuery.class);
        existsWhen(row -> documents.find(DocumentNumber.parse(row.text(NUMBER)).text(), row.date(ISSUED)).isPresent());
        createdBy((row, context) -> documents.register(DocumentCommand.of(DocumentNumber.parse(row.text(NUMBER)).text(),
                row.choice(TYPE, DocumentType.values(), DocumentType::label), row.date(ISSUED), row.text(ISSUER), row.text(SUMMARY))));
        exportedBy((query, sink) -> PagedExport.rows(documents::search, query, sink, d -> SPEC.row().put(NUMBER, d.numberSymbol())
                .put(ISSUED, d.issuedOn()).put(TYPE, d.typeCode().label()).put(ISSUER, d.issuer()).put(SUMMARY, d.summary())));
    }

    @Override
    protected String identity(ImportRow row) {
        return DocumentNumber.parse(row.text(NUMBER)).text() + "|" + row.date(ISSUED);
    }
}
