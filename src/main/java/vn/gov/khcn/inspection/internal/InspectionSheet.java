package vn.gov.khcn.inspection.internal;

import vn.gov.khcn.shared.DomainException;
import static vn.gov.khcn.exchange.spi.Labels.byLabel;
import static vn.gov.khcn.exchange.spi.Labels.labels;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.gov.khcn.documents.Document;
import vn.gov.khcn.documents.DocumentNumber;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.inspection.Inspection;
import vn.gov.khcn.inspection.InspectionCommand;
import vn.gov.khcn.inspection.InspectionField;
import vn.gov.khcn.inspection.Inspections;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.exchange.spi.ListFilters;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.Labels;

/**
 * The inspectorate's register of specialised inspections as a spreadsheet; an inspection is known by its decision
 * (a document of the document register) and opened through {@link Inspections} (rules, audit).
 */
@Component
class InspectionSheet extends RecordImport<ListFilters> {
    static final RegisterSpec SPEC = new RegisterSpec("inspections", "Thanh tra chuyên ngành", "Thanh tra", "Thanh tra", List.of(
            Column.text("Số, ký hiệu quyết định", true, 100, "Quyết định thanh tra đã vào sổ văn bản, ví dụ 12/QĐ-TTr."),
            Column.date("Ngày quyết định", true, "Ngày ban hành quyết định, như trong sổ văn bản."),
            Column.choice("Lĩnh vực", true, labels(InspectionField.values(), InspectionField::label), "Chọn trong danh sách."),
            Column.text("Tên cuộc thanh tra", true, 500, "Ví dụ: Thanh tra đo lường đối với cột đo xăng dầu."),
            Column.date("Ngày công bố quyết định", true, "Ngày công bố quyết định thanh tra tại cơ sở."),
            Column.text("Kết luận, theo dõi sau thanh tra", false, 4000, "Kết luận thanh tra và việc theo dõi khắc phục.")),
            "cùng quyết định thanh tra (số, ký hiệu và ngày): mỗi quyết định một cuộc thanh tra", List.of("documents"));
    private final Inspections inspections;
    private final Documents documents;

    InspectionSheet(Inspections inspections, Documents documents, Organisations organisations) {
        super(SPEC, ListFilters.class);
        this.inspections = inspections;
        this.documents = documents;
    }

    @Override
    protected String identity(ImportRow row) {
        return DocumentNumber.parse(row.text(0)).text() + "|" + row.date(1);
    }

    @Override
    protected boolean exists(ImportRow row) {
        return inspections.findByDecision(row.text(0), row.date(1)).isPresent();
    }

    @Override
    protected void create(ImportRow row, ImportContext lookups) {
        Document decision = decision(lookups, documents, row.text(0), row.date(1));
        inspections.open(new InspectionCommand(decision.id(), byLabel(InspectionField.values(), InspectionField::label, row.text(2)),
                row.text(3), row.date(4), row.text(5), null, null));
    }

    @Override
    public void export(ListFilters f, Consumer<Object[]> sink) {
        for (Inspection i : inspections.list(f.integer("year"), f.choice("field", InspectionField.class))) {
            Document d = documents.get(i.decisionDocId());
            sink.accept(new Object[] {d.numberSymbol(), d.issuedOn(), i.field().label(), i.title(), i.openedOn(), i.followUp()});
        }
    }

    /** The decision document numbered so on that day, or the row's Vietnamese error naming it. */
    static Document decision(ImportContext lookups, Documents documents, String number, LocalDate on) {
        String key = number + " ngày " + Formats.date(on);
        return lookups.get("decision", key, () -> documents.find(number, on).orElseThrow(() -> new DomainException("decisionDocId",
                "Quyết định \"" + key + "\" chưa có trong sổ văn bản: vào sổ quyết định (hoặc nhập tệp mẫu Văn bản) trước.")));
    }
}
