package vn.gov.khcn.inspection.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.documents.Document;
import vn.gov.khcn.documents.DocumentNumber;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.inspection.FacilityFindingCommand;
import vn.gov.khcn.inspection.Inspection;
import vn.gov.khcn.inspection.InspectionQuery;
import vn.gov.khcn.inspection.Inspections;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.shared.DomainException;

/**
 * The facilities inspected in each inspection (violations, sanction, fine) as a spreadsheet: a row is known by its
 * inspection's decision and the facility's name; rows are added through {@link Inspections#recordFacility} (rules, audit).
 */
@Component
class InspectedFacilitySheet extends RecordImport<InspectionQuery> {
    static final Column DECISION = Column.text("Số, ký hiệu quyết định", true, 100,
            "Quyết định của cuộc thanh tra đã có trong sổ thanh tra, ví dụ 12/QĐ-TTr.");
    static final Column DECIDED_ON = Column.date("Ngày quyết định", true, "Ngày ban hành quyết định, như trong sổ văn bản.");
    static final Column FACILITY = Column.text("Cơ sở được thanh tra", true, 500, "Tên cơ sở đúng như trong danh mục tổ chức.");
    static final Column VIOLATIONS = Column.integer("Số hành vi vi phạm", false, "Để trống là 0.");
    static final Column NOTES = Column.text("Nội dung vi phạm", false, 4000, "Các hành vi vi phạm phát hiện.");
    static final Column SANCTION = Column.text("Hình thức xử lý", false, 1000, "Ví dụ: Xử phạt vi phạm hành chính, Cảnh cáo.");
    static final Column FINE = Column.integer("Tiền phạt (đồng)", false,
            "Số đồng, không dấu chấm; để trống là 0. Có tiền phạt thì phải có hành vi vi phạm.");
    static final Column INSTRUMENTS = Column.integer("Số phương tiện đo được kiểm tra", false,
            "Số phương tiện đo được kiểm tra tại cơ sở trong cuộc thanh tra, kiểm tra; để trống là 0.");
    static final RegisterSpec SPEC = new RegisterSpec("inspection-findings", "Cơ sở được thanh tra", "Thanh tra", "Co so thanh tra",
            List.of(DECISION, DECIDED_ON, FACILITY, VIOLATIONS, NOTES, SANCTION, FINE, INSTRUMENTS),
            "cùng quyết định thanh tra và cơ sở: mỗi cơ sở một lần trong một cuộc thanh tra", List.of("inspections", "organisations"));

    InspectedFacilitySheet(Inspections inspections, Documents documents, Organisations organisations) {
        super(SPEC, InspectionQuery.class);
        existsWhen(row -> inspections.findByDecision(row.text(DECISION), row.date(DECIDED_ON))
                .map(i -> i.facilities().stream().anyMatch(f -> f.facilityName().equals(row.text(FACILITY)))).orElse(false));
        createdBy((row, context) -> {
            Document decision = InspectionSheet.decision(context, documents, row.text(DECISION), row.date(DECIDED_ON));
            Inspection inspection = context.get("inspection", decision.reference(), () -> inspections.findByDecision(decision.numberSymbol(),
                    decision.issuedOn()).orElseThrow(() -> new DomainException("inspectionId", "Cuộc thanh tra theo quyết định \""
                    + row.text(DECISION) + "\" chưa có trong sổ thanh tra: nhập cuộc thanh tra (tệp mẫu Thanh tra chuyên ngành) trước.")));
            String facility = row.text(FACILITY);
            long facilityId = context.get("organisation", facility, () -> organisations.requireByName(facility, "facilityId", "Cơ sở được thanh tra")).id();
            inspections.recordFacility(inspection.id(), new FacilityFindingCommand(facilityId, row.intValue(VIOLATIONS), row.text(NOTES),
                    row.text(SANCTION), row.integer(FINE), null, context.reason(), row.intValue(INSTRUMENTS)));
        });
        exportedBy((query, sink) -> {
            for (Inspection i : inspections.search(query)) {
                Document d = documents.get(i.decisionDocId());
                i.facilities().forEach(x -> sink.accept(SPEC.row().put(DECISION, d.numberSymbol()).put(DECIDED_ON, d.issuedOn())
                        .put(FACILITY, x.facilityName()).put(VIOLATIONS, x.violations()).put(NOTES, x.violationNotes())
                        .put(SANCTION, x.sanction()).put(FINE, x.fineVnd()).put(INSTRUMENTS, (long) x.instrumentsChecked()).values()));
            }
        });
    }

    @Override
    protected String identity(ImportRow row) {
        return DocumentNumber.parse(row.text(DECISION)).text() + "|" + row.date(DECIDED_ON) + "|" + row.text(FACILITY);
    }
}
