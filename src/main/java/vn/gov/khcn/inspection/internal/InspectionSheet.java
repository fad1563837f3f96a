package vn.gov.khcn.inspection.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.documents.Document;
import vn.gov.khcn.documents.DocumentNumber;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.inspection.Inspection;
import vn.gov.khcn.inspection.InspectionCommand;
import vn.gov.khcn.inspection.InspectionField;
import vn.gov.khcn.inspection.InspectionKind;
import vn.gov.khcn.inspection.InspectionQuery;
import vn.gov.khcn.inspection.Inspections;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.vocabulary.Vocabularies;
import vn.gov.khcn.vocabulary.VocabularyList;

/**
 * The inspectorate's register of specialised inspections as a spreadsheet; an inspection is known by its decision
 * (a document of the document register) and recorded through {@link Inspections} (rules, access, audit).
 */
@Component
class InspectionSheet extends RecordImport<InspectionQuery> {
    static final Column DECISION = Column.text("Số, ký hiệu quyết định", true, 100, "Quyết định thanh tra đã vào sổ văn bản, ví dụ 12/QĐ-TTr.");
    static final Column DECIDED_ON = Column.date("Ngày quyết định", true, "Ngày ban hành quyết định, như trong sổ văn bản.");
    static final Column TITLE = Column.text("Tên cuộc thanh tra", true, 500, "Ví dụ: Thanh tra đo lường đối với cột đo xăng dầu.");
    static final Column OPENED_ON = Column.date("Ngày công bố quyết định", true, "Ngày công bố quyết định thanh tra tại cơ sở.");
    static final Column FOLLOW_UP = Column.text("Kết luận, theo dõi sau thanh tra", false, 4000, "Kết luận thanh tra và việc theo dõi khắc phục.");

    @org.springframework.beans.factory.annotation.Autowired
    InspectionSheet(Inspections inspections, Documents documents, Vocabularies vocabularies) {
        this(Column.vocabulary("Lĩnh vực", true, vocabularies.choices(VocabularyList.INSPECTION_FIELD),
                "Chọn trong danh sách (tên hoặc mã); danh mục lĩnh vực ở trang Danh mục."),
                Column.vocabulary("Loại (thanh tra, kiểm tra)", false, vocabularies.choices(VocabularyList.INSPECTION_KIND),
                        "Thanh tra hoặc Kiểm tra (tên hoặc mã, danh mục ở trang Danh mục); để trống là Thanh tra."), inspections, documents);
    }

    /**
     * {@code field}: the inspection-field vocabulary's current entries, by label or code ("Đo lường", "MEASUREMENT");
     * {@code kind} (thanh tra, kiểm tra): the inspection-kind vocabulary's entries, blank a thanh tra; last, so older files
     * still import.
     */
    private InspectionSheet(Column field, Column kind, Inspections inspections, Documents documents) {
        super(new RegisterSpec("inspections", "Thanh tra chuyên ngành", "Thanh tra", "Thanh tra",
                List.of(DECISION, DECIDED_ON, field, TITLE, OPENED_ON, FOLLOW_UP, kind),
                "cùng quyết định thanh tra (số, ký hiệu và ngày): mỗi quyết định một cuộc thanh tra", List.of("documents")), InspectionQuery.class);
        existsWhen(row -> inspections.findByDecision(row.text(DECISION), row.date(DECIDED_ON)).isPresent());
        createdBy((row, context) -> {
            Document decision = decision(context, documents, row.text(DECISION), row.date(DECIDED_ON));
            inspections.record(new InspectionCommand(decision.id(), InspectionField.valueOf(row.text(field)),
                    row.text(TITLE), row.date(OPENED_ON), row.text(FOLLOW_UP), null, context.reason(), InspectionKind.valueOf(row.text(kind))));
        });
        exportedBy((query, sink) -> {
            java.util.Map<String, String> fields = inspections.fieldLabels();
            java.util.Map<String, String> kinds = inspections.kindLabels();
            for (Inspection i : inspections.search(query)) {
                Document d = documents.get(i.decisionDocId());
                sink.accept(spec().row().put(DECISION, d.numberSymbol()).put(DECIDED_ON, d.issuedOn())
                        .put(field, fields.getOrDefault(i.field().code(), i.field().code()))
                        .put(TITLE, i.title()).put(OPENED_ON, i.openedOn()).put(FOLLOW_UP, i.followUp())
                        .put(kind, kinds.getOrDefault(i.kind().code(), i.kind().code())).values());
            }
        });
    }

    @Override
    protected String identity(ImportRow row) {
        return DocumentNumber.parse(row.text(DECISION)).text() + "|" + row.date(DECIDED_ON);
    }

    /** The decision document numbered so on that day, looked up once per import, or the row's Vietnamese error naming it. */
    static Document decision(ImportContext context, Documents documents, String number, LocalDate on) {
        String reference = number + " ngày " + Formats.date(on);
        return context.get("decision", reference, () -> documents.requireReferenced(reference, "decisionDocId", "Quyết định"));
    }
}
