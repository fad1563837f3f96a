package vn.gov.khcn.inspection.internal;

import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.DomainException;
import static vn.gov.khcn.exchange.spi.ImportRow.toInt;

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
import vn.gov.khcn.inspection.FacilityFindingCommand;
import vn.gov.khcn.inspection.Inspection;
import vn.gov.khcn.inspection.InspectionField;
import vn.gov.khcn.inspection.Inspections;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.exchange.spi.ListFilters;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.RecordImport;

/**
 * The facilities inspected in each inspection (violations, sanction, fine) as a spreadsheet: a row is known by its
 * inspection's decision and the facility's name; rows are added through {@link Inspections#addFacility} (rules, audit).
 */
@Component
class InspectedFacilitySheet extends RecordImport<ListFilters> {
    static final RegisterSpec SPEC = new RegisterSpec("inspection-findings", "Cơ sở được thanh tra", "Thanh tra", "Co so thanh tra", List.of(
            Column.text("Số, ký hiệu quyết định", true, 100, "Quyết định của cuộc thanh tra đã có trong sổ thanh tra, ví dụ 12/QĐ-TTr."),
            Column.date("Ngày quyết định", true, "Ngày ban hành quyết định, như trong sổ văn bản."),
            Column.text("Cơ sở được thanh tra", true, 500, "Tên cơ sở đúng như trong danh mục tổ chức."),
            Column.integer("Số hành vi vi phạm", false, "Để trống là 0."),
            Column.text("Nội dung vi phạm", false, 4000, "Các hành vi vi phạm phát hiện."),
            Column.text("Hình thức xử lý", false, 1000, "Ví dụ: Xử phạt vi phạm hành chính, Cảnh cáo."),
            Column.integer("Tiền phạt (đồng)", false, "Số đồng, không dấu chấm; để trống là 0. Có tiền phạt thì phải có hành vi vi phạm.")),
            "cùng quyết định thanh tra và cơ sở: mỗi cơ sở một lần trong một cuộc thanh tra", List.of("inspections", "organisations"));
    private final Inspections inspections;
    private final Documents documents;
    private final Organisations organisations;

    InspectedFacilitySheet(Inspections inspections, Documents documents, Organisations organisations) {
        super(SPEC, ListFilters.class);
        this.organisations = organisations;
        this.inspections = inspections;
        this.documents = documents;
    }

    @Override
    protected String identity(ImportRow row) {
        return DocumentNumber.parse(row.text(0)).text() + "|" + row.date(1) + "|" + row.text(2);
    }

    @Override
    protected boolean exists(ImportRow row) {
        return inspections.findByDecision(row.text(0), row.date(1))
                .map(i -> i.facilities().stream().anyMatch(f -> f.facilityName().equals(row.text(2)))).orElse(false);
    }

    @Override
    protected void create(ImportRow row, ImportContext lookups) {
        InspectionSheet.decision(lookups, documents, row.text(0), row.date(1));
        Inspection inspection = lookups.get("inspection", row.text(0) + " ngày " + vn.gov.khcn.shared.Formats.date(row.date(1)),
                () -> inspections.findByDecision(row.text(0), row.date(1)).orElseThrow(() -> new DomainException("inspectionId",
                        "Cuộc thanh tra theo quyết định \"" + row.text(0) + "\" chưa có trong sổ thanh tra: nhập cuộc thanh tra (tệp mẫu Thanh tra chuyên ngành) trước.")));
        inspections.addFacility(inspection.id(), new FacilityFindingCommand(lookups.get("organisation", row.text(2), () -> organisations.requireByName(row.text(2), "facilityId",
                "Cơ sở được thanh tra").id()), toInt(row.integer(3)), row.text(4), row.text(5), row.integer(6), null));
    }

    @Override
    public void export(ListFilters f, Consumer<Object[]> sink) {
        for (Inspection i : inspections.list(f.integer("year"), f.choice("field", InspectionField.class))) {
            Document d = documents.get(i.decisionDocId());
            i.facilities().forEach(x -> sink.accept(new Object[] {d.numberSymbol(), d.issuedOn(), x.facilityName(), (long) x.violations(),
                    x.violationNotes(), x.sanction(), x.fineVnd()}));
        }
    }
}
